import {
  Button,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  type AiSystemCategory,
  type AiSystemKind,
  aiSystemCategories,
  aiSystemKinds,
  type IntakeDto,
  intakeLimits,
} from '@vigil/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import {
  useAcceptIntake,
  useAskIntakeQuestion,
  useCloseIntake,
  useIntake,
} from '../../../api/useGovernanceIntake';
import { usePortfolioList } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VersionConflictAlert } from '../../portfolio/VersionConflictAlert';
import { categoryOptions, kindOptions } from '../../portfolio/options';

function MutationError({ error, intakeId }: { error: unknown; intakeId: string }) {
  const reload = useIntake(intakeId);
  if (isApiError(error, 'version_conflict'))
    return <VersionConflictAlert what="intake" onReload={() => void reload.refetch()} />;
  return <ErrorAlert error={error} title="That did not work" />;
}

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
        {ask.isError ? <MutationError error={ask.error} intakeId={intake.id} /> : null}
        <div>
          <Button type="submit" loading={ask.isPending}>
            Ask question
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function AcceptPanel({ intake }: { intake: IntakeDto }) {
  const accept = useAcceptIntake(intake.id);
  const [mode, setMode] = useState<'create' | 'link'>('create');
  const [name, setName] = useState(intake.title);
  const [developer, setDeveloper] = useState(intake.vendorName ?? intake.department);
  const [kind, setKind] = useState<AiSystemKind | null>(null);
  const [category, setCategory] = useState<AiSystemCategory | null>(null);
  const [systemId, setSystemId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const systems = usePortfolioList({ q: q || undefined, pageSize: 20, sort: 'name' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (mode === 'create') {
      if (!name.trim()) missing.name = 'must not be empty';
      if (!developer.trim()) missing.developer = 'must not be empty';
      if (!kind) missing.kind = 'choose one';
      if (!category) missing.category = 'choose one';
    } else if (!systemId) missing.systemId = 'choose a system';
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const body =
      mode === 'create' && kind && category
        ? {
            version: intake.version,
            mode,
            name: name.trim(),
            developer: developer.trim(),
            kind,
            category,
          }
        : { version: intake.version, mode: 'link' as const, systemId: systemId ?? '' };
    accept.mutate(body, {
      onSuccess: (saved) =>
        notifications.show({
          color: 'green',
          message: `Accepted into the portfolio as ${saved.system?.name ?? 'a system'}. Tier it next.`,
        }),
      onError: (error) => {
        if (isApiError(error)) setErrors(error.fieldErrorMap());
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} aria-label="Accept the intake">
      <Stack gap="sm">
        <SegmentedControl
          aria-label="How to accept"
          value={mode}
          onChange={(v) => setMode(v === 'link' ? 'link' : 'create')}
          data={[
            { value: 'create', label: 'Add a new system' },
            { value: 'link', label: 'Link a system already listed' },
          ]}
        />
        {mode === 'create' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="System name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
            />
            <TextInput
              label="Developer or vendor"
              required
              value={developer}
              onChange={(e) => setDeveloper(e.currentTarget.value)}
              error={errors.developer}
            />
            <Select
              label="Kind"
              required
              data={kindOptions}
              value={kind}
              onChange={(v) => setKind(aiSystemKinds.find((k) => k === v) ?? null)}
              error={errors.kind}
            />
            <Select
              label="Category"
              required
              data={categoryOptions}
              value={category}
              onChange={(v) => setCategory(aiSystemCategories.find((c) => c === v) ?? null)}
              error={errors.category}
            />
          </SimpleGrid>
        ) : (
          <Select
            label="System in the portfolio"
            required
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={systems.data?.items.map((s) => ({ value: s.id, label: s.name })) ?? []}
            value={systemId}
            onChange={setSystemId}
            nothingFoundMessage="No system matches"
            error={errors.systemId}
          />
        )}
        <Text size="xs" c="dimmed">
          The intake’s files are copied to the system’s documents, and {intake.submitterLabel} is
          told.
        </Text>
        {accept.isError && !isApiError(accept.error, 'validation_failed') ? (
          <MutationError error={accept.error} intakeId={intake.id} />
        ) : null}
        <div>
          <Button type="submit" color="green" loading={accept.isPending}>
            Accept into the portfolio
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
        {close.isError ? <MutationError error={close.error} intakeId={intake.id} /> : null}
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
          <AcceptPanel intake={intake} />
        </Tabs.Panel>
        <Tabs.Panel value="close">
          <ClosePanel intake={intake} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
