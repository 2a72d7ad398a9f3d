import { Alert, Button, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';

export function VersionConflictAlert({ onReload }: { onReload: () => void }) {
  return (
    <Alert color="orange" title="Someone else changed this user" icon={<IconRefresh aria-hidden />}>
      <Text size="sm" mb="sm">
        Another administrator saved changes to this user after you opened it. Reload to see their
        version; your unsaved edits here will be discarded.
      </Text>
      <Button size="xs" variant="white" color="orange" onClick={onReload}>
        Reload user
      </Button>
    </Alert>
  );
}
