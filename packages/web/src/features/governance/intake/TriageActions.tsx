import { Button, Paper, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type IntakeDto, intakeLimits } from '@vigil/contracts';
import { useState } from 'react';
import { useAskIntakeQuestion, useCloseIntake } from '../../../api/useGovernanceIntake';
import { AcceptIntakePanel } from './AcceptIntakePanel';
import { IntakeMutationError } from './IntakeMutationError';

function AskPanel({ intake }: { intake: IntakeDto }) {
  const ask = useAskIntakeQuestion(intake.id);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError('write the question first');
    setError(null);
    ask.mutate(
      { version: intake.version, body: text.trim() },
      {
        onSuccess: () => {
          setText('');
          notifications.show({ color: 'green', message: `${intake.submitterLabel} was asked.` });
        },
      },
    );
  };
  return (
    <form onSubmit={handleSubmit} aria-label="Ask the submitter">
      <Stack gap="xs">
        <Textarea
          label={`Question for ${intake.submitterLabel}`}
          description="They are told, and answer on their submission’s page"
          autosize
          minRows={3}
          maxLength={intakeLimits.messageMaxLength}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error}
        />
        {ask.isError ? <IntakeMutationError error={ask.error} intakeId={intake.id} /> : null}
        <div>
          <Button type="submit" loading={ask.isPending}>
            Ask question
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function ClosePanel({ intake }: { intake: IntakeDto }) {
  const close = useCloseIntake(intake.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < intakeLimits.closeReasonMinLength)
      return setError(`must be at least ${intakeLimits.closeReasonMinLength} characters`);
    setError(null);
    close.mutate(
      { version: intake.version, reason: reason.trim() },
      { onSuccess: () => notifications.show({ message: `${intake.reference} is closed.` }) },
    );
  };
  return (
    <form onSubmit={handleSubmit} aria-label="Close the intake">
      <Stack gap="xs">
        <Textarea
          label="Reason"
          description={`${intake.submitterLabel} reads this; say what they can do instead, if anything`}
          autosize
          minRows={3}
          maxLength={intakeLimits.closeReasonMaxLength}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
        />
        {close.isError ? <IntakeMutationError error={close.error} intakeId={intake.id} /> : null}
        <div>
          <Button type="submit" color="gray" loading={close.isPending}>
            Close intake
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** What the office can do with an intake in triage: ask, accept or close. */
export function TriageActions({ intake }: { intake: IntakeDto }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="triage-actions">
      <Text id="triage-actions" component="h2" fw={700} size="lg" mb="sm">
        Triage
      </Text>
      <Tabs defaultValue="ask" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="ask">Ask a question</Tabs.Tab>
          <Tabs.Tab value="accept">Accept</Tabs.Tab>
          <Tabs.Tab value="close">Close</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ask">
          <AskPanel intake={intake} />
        </Tabs.Panel>
        <Tabs.Panel value="accept">
          <AcceptIntakePanel intake={intake} />
        </Tabs.Panel>
        <Tabs.Panel value="close">
          <ClosePanel intake={intake} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
