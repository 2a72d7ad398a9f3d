import { Code, List, Spoiler, Text } from '@mantine/core';
import type { AuditEntryDto } from '@vigil/contracts';
import { formatValue } from '../../lib/format';

/** Fields whose value did not change (a creation that left a field empty) are noise in a table. */
function changedFields(changes: AuditEntryDto['changes']) {
  return Object.entries(changes).filter(
    ([, change]) => JSON.stringify(change.before) !== JSON.stringify(change.after),
  );
}

/**
 * Each changed field as `field: before → after`, shortened, with long lists folded;
 * the CSV export carries the full values.
 */
export function ChangesList({ changes }: { changes: AuditEntryDto['changes'] }) {
  const entries = changedFields(changes);
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Spoiler
      maxHeight={66}
      showLabel={`Show all ${entries.length} changes`}
      hideLabel="Show fewer"
      styles={{ control: { fontSize: 'var(--mantine-font-size-xs)' } }}
    >
      <List size="sm" spacing={2} listStyleType="none">
        {entries.map(([field, change]) => (
          <List.Item key={field}>
            <Text span size="sm" fw={600}>
              {field}
            </Text>
            : <Code>{formatValue(change.before, 40)}</Code> →{' '}
            <Code>{formatValue(change.after, 40)}</Code>
          </List.Item>
        ))}
      </List>
    </Spoiler>
  );
}
