import { FileInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCode } from '@tabler/icons-react';
import type { ModelCardImportResult } from '@vigil/contracts';
import { useImportModelCard } from '../../../api/usePortfolioCards';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface CardImportProps {
  /** Add the card to this system; without it the card registers a new system. */
  systemId?: string;
  label?: string;
  onImported?: (result: ModelCardImportResult) => void;
}

/** Reads a CHAI XML card in the browser and sends its text to the card import endpoint. */
export function CardImportInput({
  systemId,
  label = 'Import CHAI XML card',
  onImported,
}: CardImportProps) {
  const importCard = useImportModelCard();

  const handleFile = async (file: File | null) => {
    if (!file) return;
    const xml = await file.text();
    importCard.mutate(
      { xml, systemId, filename: file.name },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'green',
            message: `Imported card version ${result.card.cardVersion} for ${result.system.name}.`,
          });
          onImported?.(result);
        },
      },
    );
  };

  return (
    <Stack gap="xs">
      <FileInput
        label={label}
        description="A CHAI Applied Model Card v0.2 XML file"
        accept=".xml,application/xml,text/xml"
        leftSection={<IconFileCode size={16} aria-hidden />}
        onChange={(file) => void handleFile(file)}
        disabled={importCard.isPending}
        clearable
        maw={360}
      />
      {importCard.isError ? (
        <ErrorAlert error={importCard.error} title="The card was not imported" />
      ) : null}
    </Stack>
  );
}
