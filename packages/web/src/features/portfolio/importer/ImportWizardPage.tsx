import { Paper, Stepper } from '@mantine/core';
import type {
  ImportCommitResult,
  ImportMapping,
  ImportPreviewDto,
  ImportSessionDto,
  ImportTargetField,
} from '@vigil/contracts';
import { useState } from 'react';
import { useCommitImport, usePreviewImport } from '../../../api/usePortfolioImport';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { BackToPortfolio } from '../BackLink';
import { CommitSummary } from './CommitSummary';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { UploadStep } from './UploadStep';

type RowEdits = Record<string, Partial<Record<ImportTargetField, string>>>;

/** The steps after upload, bound to one import session. */
function SessionSteps({
  session,
  onRestart,
}: {
  session: ImportSessionDto;
  onRestart: () => void;
}) {
  const [step, setStep] = useState(1);
  const [mapping, setMapping] = useState<ImportMapping>(session.suggestedMapping);
  const [excludedRows, setExcludedRows] = useState<number[]>([]);
  const [rowEdits, setRowEdits] = useState<RowEdits>({});
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const previewImport = usePreviewImport(session.id);
  const commit = useCommitImport(session.id);

  const runPreview = (next: { excludedRows?: number[]; rowEdits?: RowEdits } = {}) => {
    const body = {
      mapping,
      excludedRows: next.excludedRows ?? excludedRows,
      rowEdits: next.rowEdits ?? rowEdits,
    };
    previewImport.mutate(body, {
      onSuccess: (answer) => {
        setPreview(answer);
        setStep(2);
      },
    });
  };

  const handleFix = (rowNumber: number, edit: RowEdits[string]) => {
    const next = { ...rowEdits, [String(rowNumber)]: { ...rowEdits[String(rowNumber)], ...edit } };
    setRowEdits(next);
    runPreview({ rowEdits: next });
  };

  const handleToggleExclude = (rowNumber: number) => {
    const next = excludedRows.includes(rowNumber)
      ? excludedRows.filter((n) => n !== rowNumber)
      : [...excludedRows, rowNumber];
    setExcludedRows(next);
    runPreview({ excludedRows: next });
  };

  const handleCommit = () => {
    if (!preview) return;
    commit.mutate(
      { previewHash: preview.previewHash },
      {
        onSuccess: (answer) => {
          setResult(answer);
          setStep(3);
        },
      },
    );
  };

  const handleStepClick = (index: number) => {
    if (index > 0 && index < step && !result) setStep(index);
  };

  const error = previewImport.error ?? commit.error;
  return (
    <Stepper active={step} onStepClick={handleStepClick} allowNextStepsSelect={false}>
      <Stepper.Step label="Upload" description={session.filename} />
      <Stepper.Step label="Columns" description="Map to fields">
        {error ? <ErrorAlert error={error} title="The preview could not be made" /> : null}
        <MappingStep
          session={session}
          mapping={mapping}
          onChange={setMapping}
          onBack={onRestart}
          onNext={() => runPreview()}
          isPending={previewImport.isPending}
        />
      </Stepper.Step>
      <Stepper.Step label="Preview" description="Fix or exclude rows">
        {error ? (
          <ErrorAlert
            error={error}
            title={commit.isError ? 'Nothing was imported' : 'The preview could not be updated'}
          />
        ) : null}
        {preview ? (
          <PreviewStep
            preview={preview}
            rowEdits={rowEdits}
            onFix={handleFix}
            onToggleExclude={handleToggleExclude}
            onBack={() => setStep(1)}
            onCommit={handleCommit}
            isPending={previewImport.isPending}
            isCommitting={commit.isPending}
          />
        ) : null}
      </Stepper.Step>
      <Stepper.Step label="Import" description="Summary">
        {result ? <CommitSummary result={result} onRestart={onRestart} /> : null}
      </Stepper.Step>
    </Stepper>
  );
}

export function ImportWizardPage() {
  const [session, setSession] = useState<ImportSessionDto | null>(null);
  return (
    <>
      <BackToPortfolio />
      <PageHeader
        title="Import into the portfolio"
        description="Bring in the office’s inventory spreadsheet, or a vendor’s CHAI model card. You check every row before anything is saved."
      />
      <Paper withBorder p="lg">
        {session ? (
          <SessionSteps key={session.id} session={session} onRestart={() => setSession(null)} />
        ) : (
          <Stepper active={0} allowNextStepsSelect={false}>
            <Stepper.Step label="Upload" description="CSV, XLSX or CHAI XML">
              <UploadStep onUploaded={setSession} />
            </Stepper.Step>
            <Stepper.Step label="Columns" description="Map to fields" />
            <Stepper.Step label="Preview" description="Fix or exclude rows" />
            <Stepper.Step label="Import" description="Summary" />
          </Stepper>
        )}
      </Paper>
    </>
  );
}
