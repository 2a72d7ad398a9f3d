import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { ApiTokenCreated } from '@vigil/contracts';

interface TokenSecretModalProps {
  created: ApiTokenCreated | null;
  onClose: () => void;
}

/** The only place a token's secret is ever shown; the server keeps just its hash. */
export function TokenSecretModal({ created, onClose }: TokenSecretModalProps) {
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title="Copy your new token"
      size="lg"
      centered
      closeOnClickOutside={false}
    >
      {created ? (
        <Stack>
          <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title="Shown only once">
            Vigil will not show this token again. Copy it now and keep it somewhere safe, such as a
            password manager. Anyone who has it can act as you until it expires or is revoked.
          </Alert>
          <Text size="sm">
            Token <strong>{created.token.name}</strong>:
          </Text>
          <Code
            block
            data-testid="token-secret"
            style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          >
            {created.secret}
          </Code>
          <Group justify="space-between">
            <CopyButton value={created.secret}>
              {({ copied, copy }) => (
                <Button
                  variant="light"
                  color={copied ? 'green' : undefined}
                  leftSection={
                    copied ? (
                      <IconCheck size={16} aria-hidden />
                    ) : (
                      <IconCopy size={16} aria-hidden />
                    )
                  }
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy token'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>I have stored it</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
