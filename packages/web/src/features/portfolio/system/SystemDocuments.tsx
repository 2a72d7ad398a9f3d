import {
  Anchor,
  Button,
  FileInput,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import {
  artefactDocumentKinds,
  documentAccept,
  governanceArtefactLabels,
  documentKindOf,
  systemDocumentLimits,
  type SystemDocumentDto,
} from '@vigil/contracts';
import { useState } from 'react';
import {
  systemDocumentUrl,
  useRemoveSystemDocument,
  useSystemDocuments,
  useUploadSystemDocument,
} from '../../../api/usePortfolioDocuments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { base64Of } from '../importer/fileData';

const maxMegabytes = systemDocumentLimits.fileMaxBytes / 1024 / 1024;

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

function UploadDocumentInput({ systemId }: { systemId: string }) {
  const upload = useUploadSystemDocument(systemId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [artefactKind, setArtefactKind] = useState<(typeof artefactDocumentKinds)[number] | null>(
    null,
  );

  const handleFile = async (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    upload.reset();
    if (!chosen) return;
    if (!documentKindOf(chosen.name)) {
      return setFileError(
        'Choose a PDF, Word, Excel, PowerPoint, PNG, JPEG, text, CSV or Markdown file.',
      );
    }
    if (chosen.size > systemDocumentLimits.fileMaxBytes) {
      return setFileError(`The file is larger than ${maxMegabytes} MB.`);
    }
    const contentBase64 = await base64Of(chosen);
    upload.mutate(
      { filename: chosen.name, contentBase64, ...(artefactKind ? { artefactKind } : {}) },
      {
        onSuccess: (doc) => {
          setFile(null);
          setArtefactKind(null);
          notifications.show({ color: 'green', message: `“${doc.filename}” attached.` });
        },
      },
    );
  };

  return (
    <Stack gap="xs" maw={480}>
      <Select
        label="Counts as governance artefact"
        description="Optional: a report the risk tier may require before go-live"
        data={artefactDocumentKinds.map((k) => ({ value: k, label: governanceArtefactLabels[k] }))}
        value={artefactKind}
        onChange={(v) => setArtefactKind(artefactDocumentKinds.find((k) => k === v) ?? null)}
        clearable
        placeholder="Not an artefact"
      />
      <FileInput
        label="Attach a document"
        description={`PDF, Word, Excel, PowerPoint, PNG, JPEG, text, CSV or Markdown; at most ${maxMegabytes} MB`}
        accept={documentAccept}
        value={file}
        clearable
        leftSection={<IconPaperclip size={16} aria-hidden />}
        onChange={(chosen) => void handleFile(chosen)}
        disabled={upload.isPending}
        error={fileError}
      />
      {upload.isPending ? (
        <Text size="sm" role="status">
          Uploading…
        </Text>
      ) : null}
      {upload.isError ? (
        <ErrorAlert error={upload.error} title="The document could not be attached" />
      ) : null}
    </Stack>
  );
}

/** Removing cannot be undone, so it asks first. */
function RemoveDocumentButton({
  systemId,
  document: doc,
}: {
  systemId: string;
  document: SystemDocumentDto;
}) {
  const [isOpen, { open, close }] = useDisclosure(false);
  const remove = useRemoveSystemDocument(systemId);

  const handleConfirm = () => {
    remove.mutate(doc.id, {
      onSuccess: () => {
        close();
        notifications.show({ color: 'green', message: `“${doc.filename}” removed.` });
      },
    });
  };

  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="red"
        onClick={open}
        aria-label={`Remove document ${doc.filename}`}
      >
        Remove
      </Button>
      <Modal opened={isOpen} onClose={close} title="Remove this document?" centered>
        <Stack>
          <Text>
            <strong>{doc.filename}</strong> will be removed from this system. The audit trail keeps
            a record of it, but not the file itself. This cannot be undone.
          </Text>
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" onClick={handleConfirm} loading={remove.isPending}>
              Remove document
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
