import {
  Button,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
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
} from '@vigil/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useAcceptIntake } from '../../../api/useGovernanceIntake';
import { usePortfolioList } from '../../../api/usePortfolio';
import { categoryOptions, kindOptions } from '../../portfolio/options';
import { IntakeMutationError } from './IntakeMutationError';

/** Accepting an intake: as a new proposed system, or linked to one already in the portfolio. */
export function AcceptIntakePanel({ intake }: { intake: IntakeDto }) {
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
          <IntakeMutationError error={accept.error} intakeId={intake.id} />
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
