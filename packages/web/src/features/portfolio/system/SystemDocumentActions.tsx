import { Button, FileInput, Group, Modal, Select, Stack, Text } from '@mantine/core';
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
  useRemoveSystemDocument,
  useUploadSystemDocument,
} from '../../../api/usePortfolioDocuments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { base64Of } from '../importer/fileData';

const maxMegabytes = systemDocumentLimits.fileMaxBytes / 1024 / 1024;

/** Uploading a document to the system, checked against the size limit before it is sent. */
export function UploadDocumentInput({ systemId }: { systemId: string }) {
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
export function RemoveDocumentButton({
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
