import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  riskTierLabels,
  type TierDeterminationDto,
  type TierRuleSetDto,
  tieringLimits,
  type TieringPrefillDto,
} from '@vigil/contracts';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import {
  useActiveTierRules,
  useDeterminations,
  useTierSystem,
  useTieringPrefill,
  useTieringPreview,
} from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { TierResultCard } from './TierResult';
import { TierFactsFieldset, TierOverrideFields } from './TieringFields';
import { DimensionField, History, InForce } from './TieringParts';
import {
  answersFromState,
  type DimensionAnswer,
  type OverrideState,
  stateFromAnswers,
  type TieringFormState,
  unanswered,
} from './tieringForm';

/** Tiering a system: loads the rules, suggestions and past tierings, then shows the form. */
export function TieringPanel({ systemId }: { systemId: string }) {
  const rules = useActiveTierRules();
  const prefill = useTieringPrefill(systemId);
  const determinations = useDeterminations(systemId);
  const failed = rules.error ?? prefill.error ?? determinations.error;
  if (failed) return <ErrorAlert error={failed} title="Tiering could not be loaded" />;
  if (!rules.data || !prefill.data || !determinations.data) return <PageLoader />;
  const latest = determinations.data[0] ?? null;
  return (
    <Stack gap="md">
      {latest ? <InForce determination={latest} /> : null}
      {determinations.data.length > 1 ? <History determinations={determinations.data} /> : null}
      <TieringForm
        key={`${rules.data.version}-${latest?.id ?? 'none'}`}
        systemId={systemId}
        rules={rules.data}
        prefill={prefill.data}
        latest={latest}
      />
    </Stack>
  );
}

function TieringForm(props: {
  systemId: string;
  rules: TierRuleSetDto;
  prefill: TieringPrefillDto;
  latest: TierDeterminationDto | null;
}) {
  const { systemId, rules, prefill, latest } = props;
  const def = rules.definition;
  const start =
    latest && latest.ruleSetVersion === rules.version ? latest.answers : prefill.answers;
  const [state, setState] = useState<TieringFormState>(() => stateFromAnswers(def, start));
  const [override, setOverride] = useState<OverrideState>({
    enabled: false,
    tier: null,
    justification: '',
  });
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const answers = useMemo(() => answersFromState(def, state), [def, state]);
  const [debounced] = useDebouncedValue(answers, 250);
  const preview = useTieringPreview({ answers: debounced, ruleSetVersion: rules.version });
  const save = useTierSystem(systemId);
  const missing = unanswered(def, state);

  const setDimension = (key: string, answer: DimensionAnswer) =>
    setState((s) => ({ ...s, dimensions: { ...s.dimensions, [key]: answer } }));

  const handleSave = (event: React.FormEvent) => {
    event.preventDefault();
    if (override.enabled) {
      if (!override.tier) return setOverrideError('choose the tier');
      if (override.justification.trim().length < tieringLimits.overrideJustificationMinLength)
        return setOverrideError(
          `write at least ${tieringLimits.overrideJustificationMinLength} characters of justification`,
        );
    }
    setOverrideError(null);
    save.mutate(
      {
        ruleSetVersion: rules.version,
        previousDeterminationId: latest?.id ?? null,
        answers,
        override:
          override.enabled && override.tier
            ? { tier: override.tier, justification: override.justification.trim() }
            : null,
      },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'green',
            message: `Tiered as ${riskTierLabels[saved.tier]}.`,
          }),
        onError: (error) => {
          if (isApiError(error)) setOverrideError(error.fieldErrorMap()['override.tier'] ?? null);
        },
      },
    );
  };

  return (
    <form onSubmit={handleSave} aria-label="Tier the system">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Title order={3} size="h4">
              Answers
            </Title>
            {def.dimensions.map((d) => (
              <DimensionField
                key={d.key}
                dimension={d}
                answer={state.dimensions[d.key] ?? { level: null, unsure: false }}
                source={prefill.sources[d.key]}
                onChange={(a) => setDimension(d.key, a)}
              />
            ))}
            <TierFactsFieldset
              state={state}
              sources={prefill.sources}
              onChange={(change) => setState((s) => ({ ...s, ...change }))}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 76 }}>
            {missing.length > 0 ? (
              <Text size="sm" c="orange.9">
                Not answered yet, counted at the top level: {missing.join(', ')}.
              </Text>
            ) : null}
            {preview.isError ? (
              <ErrorAlert error={preview.error} title="The tier could not be computed" />
            ) : null}
            {preview.data ? (
              <TierResultCard
                title="Computed tier"
                {...preview.data}
                isUpdating={preview.isFetching}
              />
            ) : (
              <PageLoader />
            )}
            <Paper withBorder p="lg">
              <Stack gap="sm">
                <TierOverrideFields
                  override={override}
                  computedTier={preview.data?.tier}
                  onChange={(change) => setOverride((o) => ({ ...o, ...change }))}
                />
                {overrideError ? (
                  <Text c="red.8" size="sm" role="alert">
                    {overrideError}
                  </Text>
                ) : null}
                {save.isError && !isApiError(save.error, 'validation_failed') ? (
                  <ErrorAlert error={save.error} title="The tiering was not saved" />
                ) : null}
                <Group>
                  <Button type="submit" loading={save.isPending}>
                    Save tiering
                  </Button>
                  {latest ? (
                    <Button component={Link} to={`/governance/systems/${systemId}`} variant="light">
                      Set up the review
                    </Button>
                  ) : null}
                </Group>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}
