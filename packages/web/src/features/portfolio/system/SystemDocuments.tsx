import { Anchor, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { governanceArtefactLabels, documentKindOf, type SystemDocumentDto } from '@vigil/contracts';
import { systemDocumentUrl, useSystemDocuments } from '../../../api/usePortfolioDocuments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { RemoveDocumentButton, UploadDocumentInput } from './SystemDocumentActions';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function kindLabel(doc: SystemDocumentDto): string {
  return documentKindOf(doc.filename)?.toUpperCase() ?? doc.mediaType;
}

/** Contracts, validation reports and vendor sheets kept with the system's record. */
export function SystemDocuments({ systemId, canWrite }: { systemId: string; canWrite: boolean }) {
  const documents = useSystemDocuments(systemId);
  return (
    <section style={{ marginTop: 'var(--mantine-spacing-xl)' }}>
      <Title order={2} size="h4" mb="sm">
        Documents
      </Title>
      <Stack gap="md">
        {documents.isError ? <ErrorAlert error={documents.error} /> : null}
        {documents.data && documents.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            No documents attached yet.
          </Text>
        ) : null}
        {documents.data && documents.data.length > 0 ? (
          <Table.ScrollContainer minWidth={600}>
            <Table>
              <Table.Caption>Documents attached to this system</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Size</Table.Th>
                  <Table.Th>Uploaded by</Table.Th>
                  <Table.Th>Uploaded</Table.Th>
                  {canWrite ? (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {documents.data.map((doc) => (
                  <Table.Tr key={doc.id}>
                    <Table.Td>
                      <Anchor href={systemDocumentUrl(systemId, doc.id)} download={doc.filename}>
                        {doc.filename}
                      </Anchor>
                      {doc.description ? (
                        <Text size="xs" c="dimmed">
                          {doc.description}
                        </Text>
                      ) : null}
                      {doc.artefactKind ? (
                        <Text size="xs" c="teal.9">
                          Counts as: {governanceArtefactLabels[doc.artefactKind]}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{kindLabel(doc)}</Table.Td>
                    <Table.Td>{formatSize(doc.sizeBytes)}</Table.Td>
                    <Table.Td>{doc.uploadedByLabel}</Table.Td>
                    <Table.Td>{formatDateTime(doc.uploadedAt)}</Table.Td>
                    {canWrite ? (
                      <Table.Td>
                        <RemoveDocumentButton systemId={systemId} document={doc} />
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {canWrite ? <UploadDocumentInput systemId={systemId} /> : null}
      </Stack>
    </section>
  );
}
