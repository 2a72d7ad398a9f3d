import { Divider, FileInput, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { portfolioImportLimits, type ImportSessionDto } from '@vigil/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useUploadImport } from '../../../api/usePortfolioImport';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CardImportInput } from '../card/CardImportInput';
import { base64Of, formatOf } from './fileData';

const maxMegabytes = portfolioImportLimits.fileMaxBytes / 1024 / 1024;

/** Step 1: a spreadsheet goes to the import session; a CHAI XML card goes straight to its system. */
export function UploadStep({ onUploaded }: { onUploaded: (session: ImportSessionDto) => void }) {
  const navigate = useNavigate();
  const upload = useUploadImport();
  const [fileError, setFileError] = useState<string | null>(null);

  const handleFile = async (file: File | null) => {
    setFileError(null);
    if (!file) return;
    const format = formatOf(file.name);
    if (!format) return setFileError('Choose a .csv or .xlsx file.');
    if (file.size > portfolioImportLimits.fileMaxBytes) {
      return setFileError(`The file is larger than ${maxMegabytes} MB.`);
    }
    const contentBase64 = await base64Of(file);
    upload.mutate({ filename: file.name, format, contentBase64 }, { onSuccess: onUploaded });
  };

  return (
    <Stack gap="lg" maw={640}>
      <section>
        <Title order={2} size="h4" mb="xs">
          Inventory spreadsheet
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          A CSV or Excel file with one AI system per row and a header row. Nothing is imported until
          you have checked the preview.
        </Text>
        <FileInput
          label="Spreadsheet (CSV or XLSX)"
          description={`At most ${maxMegabytes} MB and ${portfolioImportLimits.rowsMax.toLocaleString()} rows`}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          onChange={(file) => void handleFile(file)}
          disabled={upload.isPending}
          error={fileError}
        />
        {upload.isPending ? (
          <Text size="sm" mt="xs" role="status">
            Reading the file…
          </Text>
        ) : null}
        {upload.isError ? (
          <ErrorAlert error={upload.error} title="The file could not be read" />
        ) : null}
      </section>
      <Divider label="or" labelPosition="center" />
      <section>
        <Title order={2} size="h4" mb="xs">
          One model card
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          A vendor’s CHAI Applied Model Card registers a new system with its card.
        </Text>
        <CardImportInput
          label="CHAI model card (XML)"
          onImported={(result) => void navigate(`/portfolio/${result.system.id}?tab=card`)}
        />
      </section>
    </Stack>
  );
}
