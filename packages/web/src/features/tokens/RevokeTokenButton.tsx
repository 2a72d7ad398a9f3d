import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ApiTokenDto } from '@vigil/contracts';
import { useRevokeToken } from '../../api/useTokens';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Revoking cannot be undone, so it asks first and names what will stop working. */
export function RevokeTokenButton({ token }: { token: ApiTokenDto }) {
  const [isOpen, { open, close }] = useDisclosure(false);
  const revoke = useRevokeToken();

  const handleConfirm = () => {
    revoke.mutate(token.id, {
      onSuccess: () => {
        close();
        notifications.show({ color: 'green', message: `Token “${token.name}” revoked.` });
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
        aria-label={`Revoke token ${token.name}`}
      >
        Revoke
      </Button>
      <Modal opened={isOpen} onClose={close} title="Revoke this token?" centered>
        <Stack>
          <Text>
            Scripts and command-line sessions using <strong>{token.name}</strong> ({token.prefix}…)
            will stop working at once. This cannot be undone.
          </Text>
          {revoke.isError ? <ErrorAlert error={revoke.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" onClick={handleConfirm} loading={revoke.isPending}>
              Revoke token
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
