import {
  Badge,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import {
  type AllowedTransitionDto,
  type GovernanceStateDto,
  type LifecycleState,
  lifecycleStateLabels,
  lifecycleStates,
  reviewLimits,
} from '@vigil/contracts';
import { type FormEvent, useState } from 'react';
import { useTransitionSystem } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { StateBadge } from '../../portfolio/StateBadge';
import { isOneOf } from '../../portfolio/options';

const viaNotes: Record<AllowedTransitionDto['via'], string | null> = {
  transition: null,
  open_review: 'Happens when the office opens a review round.',
  decision: 'Happens when the decision is recorded.',
};

/** Where the system can go next, each gate met or unmet, and (for the office) the move itself. */
export function LifecyclePanel({
  state,
  canManage,
}: {
  state: GovernanceStateDto;
  canManage: boolean;
}) {
  if (state.transitions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {lifecycleStateLabels[state.state]} is a final state: the system cannot move any more.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {state.transitions.map((t) => (
          <Paper
            key={t.to}
            withBorder
            p="sm"
            aria-label={`Move to ${lifecycleStateLabels[t.to]}`}
            component="section"
          >
            <Group gap="xs" mb="xs">
              <StateBadge state={t.to} />
              <Badge component="span" variant="light" color={t.allowed ? 'green' : 'gray'}>
                {t.allowed ? 'Gates met' : 'Blocked'}
              </Badge>
            </Group>
            {t.gates.length === 0 ? (
              <Text size="sm">Needs a written reason.</Text>
            ) : (
              <List spacing={4} size="sm" listStyleType="none">
                {t.gates.map((g) => (
                  <List.Item
                    key={g.name}
                    icon={
                      <ThemeIcon
                        size={18}
                        radius="xl"
                        color={g.met ? 'green' : 'red'}
                        variant="light"
                      >
                        {g.met ? (
                          <IconCheck size={12} aria-hidden />
                        ) : (
                          <IconX size={12} aria-hidden />
                        )}
                      </ThemeIcon>
                    }
                  >
                    <span>
                      {g.label}
                      {g.met ? ' (met)' : ` (not met${g.detail ? `: ${g.detail}` : ''})`}
                    </span>
                  </List.Item>
                ))}
              </List>
            )}
            {viaNotes[t.via] ? (
              <Text size="xs" c="dimmed" mt="xs">
                {viaNotes[t.via]}
              </Text>
            ) : null}
          </Paper>
        ))}
      </SimpleGrid>
      {canManage ? <TransitionForm state={state} /> : null}
    </Stack>
  );
}

function TransitionForm({ state }: { state: GovernanceStateDto }) {
  const transition = useTransitionSystem(state.systemId);
  const direct = state.transitions.filter((t) => t.via === 'transition');
  const [to, setTo] = useState<LifecycleState | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (direct.length === 0) return null;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!to) return setError('Choose the next state');
    if (!reason.trim()) return setError('Write the reason');
    setError(null);
    transition.mutate(
      { to, reason, expectedVersion: state.version },
      {
        onSuccess: (moved) => {
          setReason('');
          setTo(null);
          notifications.show({
            color: 'green',
            message: `The system is now ${lifecycleStateLabels[moved.to].toLowerCase()}.`,
          });
        },
      },
    );
  };
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Change the lifecycle state">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Move to"
          data={direct.map((t) => ({
            value: t.to,
            label: `${lifecycleStateLabels[t.to]}${t.allowed ? '' : ' (blocked)'}`,
          }))}
          value={to}
          onChange={(v) => setTo(isOneOf(lifecycleStates, v) ? v : null)}
          w={240}
        />
        <Textarea
          label="Reason"
          autosize
          minRows={1}
          maxLength={reviewLimits.reasonMaxLength}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          style={{ flex: '1 1 320px' }}
        />
        <Button type="submit" loading={transition.isPending}>
          Change state
        </Button>
      </Group>
      {error ? (
        <Text size="sm" c="red.8" role="alert" mt={4}>
          {error}
        </Text>
      ) : null}
      {transition.isError ? (
        <ErrorAlert error={transition.error} title="The state was not changed" />
      ) : null}
    </form>
  );
}
