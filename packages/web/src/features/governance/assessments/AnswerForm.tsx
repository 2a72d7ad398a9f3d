import { Button, Group, Radio, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import {
  type AnswerStatus,
  type AssessmentAnswerDto,
  answerStatusLabels,
  answerStatuses,
  assessmentLimits,
} from '@vigil/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useAnswerItem } from '../../../api/useGovernanceAssessments';
import { queryKeys } from '../../../api/queryKeys';
import { useUserDirectory } from '../../../api/useUsers';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VersionConflictAlert } from '../../portfolio/VersionConflictAlert';

interface AnswerFormProps {
  assessmentId: string;
  itemRef: string;
  answer: AssessmentAnswerDto;
  canWrite: boolean;
}

function isAnswerStatus(value: string): value is AnswerStatus {
  return answerStatuses.some((s) => s === value);
}

/** The answer to one item: status, note and owner, saved against the version it was read at. */
export function AnswerForm({ assessmentId, itemRef, answer, canWrite }: AnswerFormProps) {
  const save = useAnswerItem(assessmentId, answer.itemKey);
  const directory = useUserDirectory();
  const client = useQueryClient();
  const [status, setStatus] = useState<AnswerStatus>(answer.status);
  const [note, setNote] = useState(answer.note ?? '');
  const [ownerId, setOwnerId] = useState<string | null>(answer.ownerId);
  const isChanged =
    status !== answer.status || note.trim() !== (answer.note ?? '') || ownerId !== answer.ownerId;

  const owners = (directory.data ?? []).map((u) => ({ value: u.id, label: u.displayName }));
  if (answer.ownerId && answer.ownerName && !owners.some((o) => o.value === answer.ownerId))
    owners.push({ value: answer.ownerId, label: answer.ownerName });
  const fieldError = (path: string) =>
    isApiError(save.error)
      ? save.error.fieldErrors.find((e) => e.path === path)?.message
      : undefined;

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    save.mutate(
      { status, note: note.trim() || null, ownerId, expectedVersion: answer.version },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: `${itemRef} saved: ${answerStatusLabels[status]}.`,
          }),
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label={`Answer ${itemRef}`}>
      <Stack gap="md">
        <Radio.Group
          label="Answer"
          value={status}
          onChange={(value) => {
            if (isAnswerStatus(value)) setStatus(value);
          }}
          error={fieldError('body.status')}
        >
          <Group mt="xs" gap="md">
            {answerStatuses.map((s) => (
              <Radio key={s} value={s} label={answerStatusLabels[s]} disabled={!canWrite} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label="Note"
          description="What is in place, what is missing, and where to look"
          autosize
          minRows={3}
          maxRows={10}
          maxLength={assessmentLimits.noteMaxLength}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          readOnly={!canWrite}
          error={fieldError('body.note')}
        />
        <Select
          label="Owner"
          description="Who answers for this item; they are notified"
          placeholder="No owner"
          searchable
          clearable
          data={owners}
          value={ownerId}
          onChange={setOwnerId}
          readOnly={!canWrite}
          error={fieldError('body.ownerId')}
        />
        {isApiError(save.error, 'version_conflict') ? (
          <VersionConflictAlert
            what="answer"
            onReload={() => {
              save.reset();
              void client.invalidateQueries({ queryKey: queryKeys.assessment(assessmentId) });
            }}
          />
        ) : save.isError ? (
          <ErrorAlert error={save.error} title="The answer could not be saved" />
        ) : null}
        {canWrite ? (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!isChanged}>
              Save answer
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
