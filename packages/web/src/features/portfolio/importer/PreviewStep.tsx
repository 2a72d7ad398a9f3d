import { Alert, Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { importRowActions, type ImportPreviewDto, type ImportTargetField } from '@vigil/contracts';
import { useState } from 'react';
import { actionBadges, PreviewTable } from './PreviewTable';

const shownMax = 200;

interface PreviewStepProps {
  preview: ImportPreviewDto;
  rowEdits: Record<string, Partial<Record<ImportTargetField, string>>>;
  onFix: (rowNumber: number, edit: Partial<Record<ImportTargetField, string>>) => void;
  onToggleExclude: (rowNumber: number) => void;
  onBack: () => void;
  onCommit: () => void;
  isPending: boolean;
  isCommitting: boolean;
}

/** Step 3: what each row will do; rows with errors can be fixed in place or left out. */
export function PreviewStep(props: PreviewStepProps) {
  const { preview, onBack, onCommit, isPending, isCommitting } = props;
  const { counts } = preview;
  const [show, setShow] = useState<'problems' | 'all'>(counts.invalid > 0 ? 'problems' : 'all');
  const rows = preview.rows.filter((row) => show === 'all' || row.action === 'invalid');
  const caption =
    show === 'all'
      ? `All ${preview.rows.length} rows`
      : `${rows.length} ${rows.length === 1 ? 'row' : 'rows'} with errors`;
  const toImport = counts.create + counts.update;
  return (
    <Stack gap="md">
      <Group gap="xs" aria-live="polite">
        {importRowActions.map((action) => (
          <Badge key={action} color={actionBadges[action].color} variant="light" size="lg">
            {actionBadges[action].label}: {counts[action]}
          </Badge>
        ))}
      </Group>
      {counts.invalid > 0 ? (
        <Alert
          color="red"
          title={`${counts.invalid} ${counts.invalid === 1 ? 'row needs' : 'rows need'} fixing`}
        >
          Nothing is imported while a row has errors. Correct the cell, or exclude the row.
        </Alert>
      ) : null}
      <SegmentedControl
        value={show}
        onChange={(value) => setShow(value === 'all' ? 'all' : 'problems')}
        data={[
          { value: 'problems', label: `Rows with errors (${counts.invalid})` },
          { value: 'all', label: `All rows (${preview.rows.length})` },
        ]}
        aria-label="Which rows to show"
        w="fit-content"
      />
      {rows.length === 0 ? (
        <Text c="dimmed">No row has an error.</Text>
      ) : (
        <PreviewTable {...props} rows={rows.slice(0, shownMax)} caption={caption} />
      )}
      {rows.length > shownMax ? (
        <Text size="sm" c="dimmed">
          Showing the first {shownMax} rows.
        </Text>
      ) : null}
      <Group>
        <Button variant="default" onClick={onBack}>
          Back to columns
        </Button>
        <Button
          onClick={onCommit}
          disabled={counts.invalid > 0 || toImport === 0 || isPending}
          loading={isCommitting}
        >
          Import {toImport} {toImport === 1 ? 'system' : 'systems'}
        </Button>
      </Group>
    </Stack>
  );
}
