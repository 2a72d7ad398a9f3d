import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type ConditionDto, reviewLimits } from '@vigil/contracts';
import { type FormEvent, useState } from 'react';
import { useMeetCondition, useWaiveCondition } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** Mark met (owner or office) or waive (office), each with a note, in a small dialog. */
export function ConditionActions({
  condition,
  canMeet,
  canWaive,
}: {
  condition: ConditionDto;
  canMeet: boolean;
  canWaive: boolean;
}) {
  if (condition.status !== 'open' || (!canMeet && !canWaive)) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      {canMeet ? <ResolveButton condition={condition} kind="met" /> : null}
      {canWaive ? <ResolveButton condition={condition} kind="waive" /> : null}
    </Group>
  );
}

function ResolveButton({ condition, kind }: { condition: ConditionDto; kind: 'met' | 'waive' }) {
  const [isOpen, { open, close }] = useDisclosure(false);
  const meet = useMeetCondition(condition.id);
  const waive = useWaiveCondition(condition.id);
  const mutation = kind === 'met' ? meet : waive;
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label = kind === 'met' ? 'Mark met' : 'Waive';

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return setError(kind === 'met' ? 'Say how it was met' : 'Justify the waiver');
    setError(null);
    const done = () => {
      close();
      setNote('');
      notifications.show({
        color: 'green',
        message: kind === 'met' ? 'Condition marked met.' : 'Condition waived.',
      });
    };
    if (kind === 'met')
      meet.mutate({ note, expectedVersion: condition.version }, { onSuccess: done });
    else
      waive.mutate(
        { justification: note, expectedVersion: condition.version },
        { onSuccess: done },
      );
  };

  return (
    <>
      <Button
        size="xs"
        variant={kind === 'met' ? 'light' : 'subtle'}
        color={kind === 'met' ? 'green' : 'gray'}
        onClick={open}
        aria-label={`${label}: ${condition.description}`}
      >
        {label}
      </Button>
      <Modal
        opened={isOpen}
        onClose={close}
        title={kind === 'met' ? 'Mark the condition met' : 'Waive the condition'}
        centered
      >
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            <Text size="sm">
              <strong>{condition.systemName}:</strong> {condition.description}
            </Text>
            <Textarea
              label={kind === 'met' ? 'How was it met?' : 'Justification'}
              required
              autosize
              minRows={3}
              maxLength={reviewLimits.noteMaxLength}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={error}
              data-autofocus
            />
            {mutation.isError ? <ErrorAlert error={mutation.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {kind === 'met' ? 'Mark met' : 'Waive condition'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
