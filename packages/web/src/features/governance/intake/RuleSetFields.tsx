import {
  Fieldset,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import {
  disciplineLabels,
  disciplines,
  governanceArtefactLabels,
  governanceArtefacts,
  reviewPathwayLabels,
  reviewPathways,
  riskTierLabels,
  riskTiers,
  type TierRuleSetDefinition,
} from '@vigil/contracts';

// The structured parts of the rules editor: dimensions, what each tier decides, and pathways.

const pathwayOptions = reviewPathways.map((p) => ({ value: p, label: reviewPathwayLabels[p] }));
const artefactOptions = governanceArtefacts.map((a) => ({
  value: a,
  label: governanceArtefactLabels[a],
}));
const disciplineOptions = disciplines.map((d) => ({ value: d, label: disciplineLabels[d] }));

export type Update = (change: (d: TierRuleSetDefinition) => void) => void;

export function DimensionsFields({
  draft,
  update,
}: {
  draft: TierRuleSetDefinition;
  update: Update;
}) {
  return (
    <Fieldset legend="Dimensions">
      <Stack gap="lg">
        {draft.dimensions.map((dim, i) => (
          <Stack key={dim.key} gap="xs">
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput
                label={`Name of ${dim.key}`}
                value={dim.label}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  update((d) => {
                    const target = d.dimensions[i];
                    if (target) target.label = value;
                  });
                }}
              />
              <NumberInput
                label={`Weight of ${dim.label}`}
                min={0}
                max={10}
                value={dim.weight}
                onChange={(v) =>
                  update((d) => {
                    const target = d.dimensions[i];
                    if (target) target.weight = typeof v === 'number' ? v : Number(v) || 0;
                  })
                }
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 4 }}>
              {dim.levels.map((text, level) => (
                <TextInput
                  key={level}
                  label={`${dim.label}, level ${level}`}
                  value={text}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    update((d) => {
                      const target = d.dimensions[i];
                      if (target) target.levels[level] = value;
                    });
                  }}
                />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
    </Fieldset>
  );
}

export function ConsequenceFields({
  draft,
  update,
}: {
  draft: TierRuleSetDefinition;
  update: Update;
}) {
  return (
    <Fieldset legend="What each tier decides">
      <Stack gap="md">
        {riskTiers.map((tier) => {
          const t = draft.tiers[tier];
          const label = riskTierLabels[tier];
          return (
            <SimpleGrid key={tier} cols={{ base: 1, md: 4 }}>
              <Select
                label={`${label}: pathway`}
                data={pathwayOptions}
                value={t.pathway}
                allowDeselect={false}
                onChange={(v) =>
                  update((d) => {
                    d.tiers[tier].pathway = reviewPathways.find((p) => p === v) ?? t.pathway;
                  })
                }
              />
              <MultiSelect
                label={`${label}: required before go-live`}
                data={artefactOptions}
                value={t.requiredArtefacts}
                onChange={(v) =>
                  update((d) => {
                    d.tiers[tier].requiredArtefacts = governanceArtefacts.filter((a) =>
                      v.includes(a),
                    );
                  })
                }
              />
              <NumberInput
                label={`${label}: monitoring every (days)`}
                min={1}
                max={730}
                value={t.monitoringCadenceDays}
                onChange={(v) =>
                  update((d) => {
                    d.tiers[tier].monitoringCadenceDays = Number(v) || 0;
                  })
                }
              />
              <NumberInput
                label={`${label}: re-review every (months)`}
                min={1}
                max={60}
                value={t.reReviewMonths}
                onChange={(v) =>
                  update((d) => {
                    d.tiers[tier].reReviewMonths = Number(v) || 0;
                  })
                }
              />
            </SimpleGrid>
          );
        })}
      </Stack>
    </Fieldset>
  );
}

export function PathwayFields({ draft, update }: { draft: TierRuleSetDefinition; update: Update }) {
  return (
    <Fieldset legend="Pathways">
      <Stack gap="md">
        {reviewPathways.map((pathway) => {
          const p = draft.pathways[pathway];
          const label = reviewPathwayLabels[pathway];
          return (
            <SimpleGrid key={pathway} cols={{ base: 1, md: 4 }}>
              <MultiSelect
                label={`${label}: required reviewers`}
                data={disciplineOptions}
                value={p.requiredDisciplines}
                onChange={(v) =>
                  update((d) => {
                    d.pathways[pathway].requiredDisciplines = disciplines.filter((x) =>
                      v.includes(x),
                    );
                  })
                }
              />
              <NumberInput
                label={`${label}: quorum`}
                min={0}
                max={30}
                value={p.quorum}
                onChange={(v) =>
                  update((d) => {
                    d.pathways[pathway].quorum = Number(v) || 0;
                  })
                }
              />
              <NumberInput
                label={`${label}: target (days)`}
                min={1}
                max={365}
                value={p.targetDays}
                onChange={(v) =>
                  update((d) => {
                    d.pathways[pathway].targetDays = Number(v) || 0;
                  })
                }
              />
              <Switch
                mt="xl"
                label={`${label}: decided at a meeting`}
                checked={p.decidedAtMeeting}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  update((d) => {
                    d.pathways[pathway].decidedAtMeeting = checked;
                  });
                }}
              />
            </SimpleGrid>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
