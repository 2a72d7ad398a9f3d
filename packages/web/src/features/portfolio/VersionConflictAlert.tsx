import { Alert, Button, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';

/** Someone saved the record after it was opened; reloading shows theirs and drops the edits here. */
export function VersionConflictAlert({
  onReload,
  what = 'system',
}: {
  onReload: () => void;
  what?: string;
}) {
  return (
    <Alert
      color="orange"
      title={`Someone else changed this ${what}`}
      icon={<IconRefresh aria-hidden />}
    >
      <Text size="sm" mb="sm">
        Another person saved changes to this {what} after you opened it. Reload to see their
        version; your unsaved edits here will be discarded.
      </Text>
      <Button size="xs" variant="default" onClick={onReload}>
        Reload {what}
      </Button>
    </Alert>
  );
}
