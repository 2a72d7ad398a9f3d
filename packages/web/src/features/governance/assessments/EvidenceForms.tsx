import { Button, FileInput, Group, Select, Stack, TextInput } from '@mantine/core';
import {
  type EvidenceAddInput,
  assessmentLimits,
  documentAccept,
  documentKindOf,
  evidenceRecordTypeLabels,
} from '@vigil/contracts';
import { useState } from 'react';
import { useEvidenceRecords } from '../../../api/useGovernanceAssessments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { base64Of } from '../../portfolio/importer/fileData';

const maxMegabytes = assessmentLimits.fileMaxBytes / 1024 / 1024;

/** What each evidence form is given: where to send the evidence, and the server's field errors. */
interface FormProps {
  onSubmit: (body: EvidenceAddInput, done: () => void) => void;
  isPending: boolean;
  fieldError?: (path: string) => string | undefined;
}

/** Evidence as a link to a document held elsewhere. */
export function LinkForm({ onSubmit, isPending, fieldError }: FormProps) {
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ kind: 'link', title: title.trim(), url: url.trim() }, () => {
          setTitle('');
          setUrl('');
        });
      }}
    >
      <Stack gap="xs">
        <TextInput
          label="Title"
          required
          maxLength={assessmentLimits.evidenceTitleMaxLength}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={fieldError?.('body.title')}
        />
        <TextInput
          label="Address"
          description="An http or https link, for example to a policy on the intranet"
          required
          type="url"
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={fieldError?.('body.url')}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="light"
            loading={isPending}
            disabled={!title.trim() || !url.trim()}
          >
            Add link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Evidence as an uploaded file, checked against the size limit before it is sent. */
export function FileForm({ onSubmit, isPending, fieldError }: FormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const handleFile = (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    if (!chosen) return;
    if (!documentKindOf(chosen.name))
      setError('Choose a PDF, Word, Excel, PowerPoint, PNG, JPEG, text, CSV or Markdown file.');
    else if (chosen.size > assessmentLimits.fileMaxBytes)
      setError(`The file is larger than ${maxMegabytes} MB.`);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!file || error) return;
        void base64Of(file).then((contentBase64) =>
          onSubmit(
            {
              kind: 'file',
              filename: file.name,
              contentBase64,
              ...(title.trim() ? { title: title.trim() } : {}),
            },
            () => {
              setFile(null);
              setTitle('');
            },
          ),
        );
      }}
    >
      <Stack gap="xs">
        <FileInput
          label="File"
          description={`PDF, Word, Excel, PowerPoint, PNG, JPEG, text, CSV or Markdown; at most ${maxMegabytes} MB`}
          accept={documentAccept}
          value={file}
          clearable
          onChange={handleFile}
          error={error ?? fieldError?.('body.filename') ?? fieldError?.('body.contentBase64')}
        />
        <TextInput
          label="Title"
          description="Optional; defaults to the file name"
          maxLength={assessmentLimits.evidenceTitleMaxLength}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="light"
            loading={isPending}
            disabled={!file || error !== null}
          >
            Upload file
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Evidence as a reference to a record in Vigil: a system, its model card, a document or a decision. */
export function RecordForm({
  assessmentId,
  isActive,
  onSubmit,
  isPending,
}: FormProps & { assessmentId: string; isActive: boolean }) {
  const records = useEvidenceRecords(assessmentId, isActive);
  const [selected, setSelected] = useState<string | null>(null);
  const options = records.data ?? [];
  const groups = Object.entries(evidenceRecordTypeLabels)
    .map(([type, label]) => ({
      group: label,
      items: options
        .filter((o) => o.recordType === type)
        .map((o) => ({
          value: `${o.recordType}|${o.recordId}`,
          label: `${o.label} (${o.detail})`,
        })),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const option = options.find((o) => `${o.recordType}|${o.recordId}` === selected);
        if (option)
          onSubmit(
            { kind: 'record', recordType: option.recordType, recordId: option.recordId },
            () => setSelected(null),
          );
      }}
    >
      <Stack gap="xs">
        {records.isError ? <ErrorAlert error={records.error} /> : null}
        <Select
          label="Record"
          description="The system itself, its model cards, documents and governance decisions"
          placeholder={records.isPending ? 'Loading records…' : 'Choose a record'}
          searchable
          data={groups}
          value={selected}
          onChange={setSelected}
          nothingFoundMessage="No record matches"
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={isPending} disabled={!selected}>
            Cite record
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
