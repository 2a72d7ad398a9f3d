import { Checkbox, Fieldset, Select, Stack, Textarea } from '@mantine/core';
import {
  imdrfCategories,
  type RiskTier,
  riskTiers,
  tierFactLabels,
  tierFacts,
  tieringLimits,
  type TieringPrefillDto,
} from '@vigil/contracts';
import { tierOptions } from './intakeLabels';
import type { OverrideState, TieringFormState } from './tieringForm';

/** The facts the tier rules check and the IMDRF category, with where each suggestion came from. */
export function TierFactsFieldset({
  state,
  sources,
  onChange,
}: {
  state: TieringFormState;
  sources: TieringPrefillDto['sources'];
  onChange: (change: Partial<Pick<TieringFormState, 'facts' | 'imdrfCategory'>>) => void;
}) {
  return (
    <Fieldset legend="Facts the rules check" variant="filled">
      <Stack gap="xs">
        {tierFacts.map((fact) => (
          <Checkbox
            key={fact}
            label={tierFactLabels[fact]}
            description={sources[`fact.${fact}`]}
            checked={state.facts[fact]}
            onChange={(e) =>
              onChange({ facts: { ...state.facts, [fact]: e.currentTarget.checked } })
            }
          />
        ))}
        <Select
          label="IMDRF SaMD category"
          description={sources.imdrfCategory}
          data={imdrfCategories.map((c) => ({ value: c, label: `Category ${c}` }))}
          value={state.imdrfCategory}
          onChange={(v) =>
            onChange({ imdrfCategory: imdrfCategories.find((c) => c === v) ?? null })
          }
          clearable
          placeholder="None"
          maw={260}
        />
      </Stack>
    </Fieldset>
  );
}

/** Overriding the computed tier: the tier to use instead and the justification kept with it. */
export function TierOverrideFields({
  override,
  computedTier,
  onChange,
}: {
  override: OverrideState;
  computedTier: RiskTier | undefined;
  onChange: (change: Partial<OverrideState>) => void;
}) {
  return (
    <>
      <Checkbox
        label="Override the computed tier"
        checked={override.enabled}
        onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
      />
      {override.enabled ? (
        <>
          <Select
            label="Tier to use"
            data={tierOptions.filter((o) => o.value !== computedTier)}
            value={override.tier}
            onChange={(v) => onChange({ tier: riskTiers.find((t) => t === v) ?? null })}
          />
          <Textarea
            label="Justification"
            description={`Why the computed tier does not fit; at least ${tieringLimits.overrideJustificationMinLength} characters, kept with the tiering`}
            autosize
            minRows={3}
            maxLength={tieringLimits.overrideJustificationMaxLength}
            value={override.justification}
            onChange={(e) => onChange({ justification: e.currentTarget.value })}
          />
        </>
      ) : null}
    </>
  );
}
