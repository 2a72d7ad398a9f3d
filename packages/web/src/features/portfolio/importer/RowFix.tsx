import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import {
  importTargetFieldLabels,
  importTargetFields,
  type ImportPreviewRow,
  type ImportTargetField,
} from '@vigil/contracts';
import { useState } from 'react';
import { isOneOf } from '../options';

type RowEdit = Partial<Record<ImportTargetField, string>>;

function fieldName(field: string): string {
  return isOneOf(importTargetFields, field) ? importTargetFieldLabels[field] : 'Row';
}

interface RowFixProps {
  row: ImportPreviewRow;
  edit: RowEdit | undefined;
  onFix: (rowNumber: number, edit: RowEdit) => void;
  isPending: boolean;
}

/** A row's errors, each naming its field, with an input to correct each fixable cell in place. */
export function RowFix({ row, edit, onFix, isPending }: RowFixProps) {
  const fixable = [...new Set(row.errors.map((e) => e.field))].filter((f) =>
    isOneOf(importTargetFields, f),
  );
  const [draft, setDraft] = useState<RowEdit>(() =>
    Object.fromEntries(fixable.map((f) => [f, edit?.[f] ?? row.values[f] ?? ''])),
  );
  return (
    <Stack gap={6}>
      <List size="sm" spacing={2} c="red.9">
        {row.errors.map((error, index) => (
          <List.Item key={`${error.field}-${index}`}>
            <Text span size="sm" fw={600}>
              {fieldName(error.field)}
            </Text>
            : {error.message}
          </List.Item>
        ))}
      </List>
      {fixable.length > 0 ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          {fixable.map((field) => (
            <TextInput
              key={field}
              size="xs"
              label={`${importTargetFieldLabels[field]} in row ${row.rowNumber}`}
              value={draft[field] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDraft((current) => ({ ...current, [field]: value }));
              }}
              w={240}
            />
          ))}
          <Button size="xs" onClick={() => onFix(row.rowNumber, draft)} loading={isPending}>
            Apply fix to row {row.rowNumber}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
