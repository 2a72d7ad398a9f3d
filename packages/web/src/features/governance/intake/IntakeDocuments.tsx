import { Anchor, FileInput, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import {
  documentAccept,
  documentKindOf,
  type IntakeDocumentDto,
  systemDocumentLimits,
} from '@vigil/contracts';
import { useState } from 'react';
import { intakeDocumentUrl, useAddIntakeDocument } from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { base64Of } from '../../portfolio/importer/fileData';

const maxMegabytes = systemDocumentLimits.fileMaxBytes / 1024 / 1024;

/** Files sent with an intake, downloadable; more can be added while it is in triage. */
export function IntakeDocuments({
  intakeId,
  documents,
  canAdd,
}: {
  intakeId: string;
  documents: readonly IntakeDocumentDto[];
  canAdd: boolean;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="intake-documents">
      <Title id="intake-documents" order={2} size="h4" mb="sm">
        Files
      </Title>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          No files attached.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {documents.map((d) => (
            <List.Item key={d.id}>
              <Anchor href={intakeDocumentUrl(intakeId, d.id)} download={d.filename}>
                {d.filename}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                ({Math.max(1, Math.round(d.sizeBytes / 1024))} KB, {d.uploadedByLabel},{' '}
                {formatDateTime(d.uploadedAt)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {canAdd ? <AddDocument intakeId={intakeId} /> : null}
    </Paper>
  );
}

function AddDocument({ intakeId }: { intakeId: string }) {
  const add = useAddIntakeDocument(intakeId);
  const [fileError, setFileError] = useState<string | null>(null);

  const handleFile = async (file: File | null) => {
    setFileError(null);
    add.reset();
    if (!file) return;
    if (!documentKindOf(file.name))
      return setFileError('Choose a PDF, Word, Excel, PowerPoint, picture, text or CSV file.');
    if (file.size > systemDocumentLimits.fileMaxBytes)
      return setFileError(`The file is larger than ${maxMegabytes} MB.`);
    add.mutate(
      { filename: file.name, contentBase64: await base64Of(file) },
      {
        onSuccess: (doc) =>
          notifications.show({ color: 'green', message: `“${doc.filename}” added.` }),
      },
    );
  };

  return (
    <Stack gap="xs" mt="md" maw={420}>
      <FileInput
        label="Add a file"
        description={`A flyer, a screenshot or the vendor’s information; at most ${maxMegabytes} MB`}
        accept={documentAccept}
        value={null}
        leftSection={<IconPaperclip size={16} aria-hidden />}
        onChange={(file) => void handleFile(file)}
        disabled={add.isPending}
        error={fileError}
      />
      {add.isError ? <ErrorAlert error={add.error} title="The file was not added" /> : null}
    </Stack>
  );
}
