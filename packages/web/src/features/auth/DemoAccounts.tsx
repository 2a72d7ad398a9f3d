import { Badge, Button, Code, Group, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { roleLabels, type InstanceInfo } from '@vigil/contracts';

type Demo = NonNullable<InstanceInfo['demo']>;

interface DemoAccountsProps {
  institutionName: string;
  demo: Demo;
  onPick: (email: string, password: string) => void;
}

/** Shown only when the server says it runs the demo; the details come from the server. */
export function DemoAccounts({ institutionName, demo, onPick }: DemoAccountsProps) {
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      mt="md"
      component="section"
      aria-labelledby="demo-accounts"
    >
      <Title id="demo-accounts" order={2} size="h5" mb={4}>
        Demo accounts of {institutionName}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        This is a demonstration instance. Every account uses the password{' '}
        <Code>{demo.password}</Code>.
      </Text>
      <Spoiler
        maxHeight={230}
        showLabel={`Show all ${demo.accounts.length} accounts`}
        hideLabel="Show fewer"
      >
        <Stack gap="xs">
          {demo.accounts.map((account) => (
            <Group key={account.email} justify="space-between" wrap="nowrap" gap="xs">
              <div>
                <Text size="sm" fw={500}>
                  {account.displayName}
                </Text>
                <Group gap={4}>
                  {account.roles.map((role) => (
                    <Badge key={role} size="xs" variant="light">
                      {roleLabels[role]}
                    </Badge>
                  ))}
                </Group>
              </div>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => onPick(account.email, demo.password)}
                aria-label={`Use ${account.displayName}’s account`}
              >
                Use
              </Button>
            </Group>
          ))}
        </Stack>
      </Spoiler>
    </Paper>
  );
}
