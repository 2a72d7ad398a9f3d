import { Button, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type IntakeDto, intakeLimits } from '@vigil/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useAnswerIntakeQuestion, useIntake } from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VersionConflictAlert } from '../../portfolio/VersionConflictAlert';

/** The submitter's answer to the office's open question. */
export function AnswerForm({ intake }: { intake: IntakeDto }) {
  const answer = useAnswerIntakeQuestion(intake.id);
  const reload = useIntake(intake.id);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError('write your answer first');
    setError(null);
    answer.mutate(
      { version: intake.version, body: text.trim() },
      {
        onSuccess: () => {
          setText('');
          notifications.show({ color: 'green', message: 'Your answer was sent to the AI office.' });
        },
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label="Answer the AI office">
      <Stack gap="xs" mt="md">
        <Textarea
          label="Your answer"
          autosize
          minRows={3}
          maxLength={intakeLimits.messageMaxLength}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error}
        />
        {answer.isError && isApiError(answer.error, 'version_conflict') ? (
          <VersionConflictAlert what="submission" onReload={() => void reload.refetch()} />
        ) : answer.isError ? (
          <ErrorAlert error={answer.error} title="Your answer was not sent" />
        ) : null}
        <div>
          <Button type="submit" loading={answer.isPending}>
            Send answer
          </Button>
        </div>
      </Stack>
    </form>
  );
}
