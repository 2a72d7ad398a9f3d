import {
  Alert,
  Button,
  Fieldset,
  Group,
  JsonInput,
  List,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
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
  tierRuleSetDefinition,
  tieringLimits,
} from '@vigil/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { usePublishTierRules } from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VersionConflictAlert } from '../../portfolio/VersionConflictAlert';
import { tierOptions } from './intakeLabels';

const pathwayOptions = reviewPathways.map((p) => ({ value: p, label: reviewPathwayLabels[p] }));
const artefactOptions = governanceArtefacts.map((a) => ({
  value: a,
  label: governanceArtefactLabels[a],
}));
const disciplineOptions = disciplines.map((d) => ({ value: d, label: disciplineLabels[d] }));
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Issues of a candidate definition, each with the path it concerns. */
export function definitionIssues(candidate: unknown): { path: string; message: string }[] {
  const parsed = tierRuleSetDefinition.safeParse(candidate);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(whole definition)',
    message: i.message,
  }));
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'not valid JSON' };
  }
}

/** Edits a copy of the rules and publishes it as the next version, with a note. */
export function RuleSetEditor(props: {
  base: TierRuleSetDefinition;
  basedOnVersion: number;
  onDone: (version: number | null) => void;
  onReload: () => void;
}) {
  const publish = usePublishTierRules();
  const [draft, setDraft] = useState<TierRuleSetDefinition>(() => structuredClone(props.base));
  const [rulesText, setRulesText] = useState(() => pretty(props.base.rules));
  const [jsonText, setJsonText] = useState(() => pretty(props.base));
  const [tab, setTab] = useState<'form' | 'json'>('form');
  const [note, setNote] = useState('');

  const rulesParsed = parseJson(rulesText);
  const jsonParsed = parseJson(jsonText);
  const candidate: unknown =
    tab === 'json'
      ? 'value' in jsonParsed
        ? jsonParsed.value
        : undefined
      : { ...draft, rules: 'value' in rulesParsed ? rulesParsed.value : undefined };
  const syntaxError =
    tab === 'json'
      ? 'error' in jsonParsed
        ? `The JSON is not valid: ${jsonParsed.error}`
        : null
      : 'error' in rulesParsed
        ? `The rules JSON is not valid: ${rulesParsed.error}`
        : null;
  const issues = syntaxError ? [] : definitionIssues(candidate);
  const noteTooShort = note.trim().length < tieringLimits.ruleSetNoteMinLength;

  const handleTab = (value: string | null) => {
    if (value === 'json') {
      setJsonText(pretty(candidate ?? draft));
      setTab('json');
    } else if (value === 'form') {
      const parsed = tierRuleSetDefinition.safeParse(candidate);
      if (!parsed.success) return; // stay in JSON until it is a valid definition
      setDraft(parsed.data);
      setRulesText(pretty(parsed.data.rules));
      setTab('form');
    }
  };

  const update = (change: (d: TierRuleSetDefinition) => void) =>
    setDraft((d) => {
      const next = structuredClone(d);
      change(next);
      return next;
    });

  const handlePublish = () => {
    const parsed = tierRuleSetDefinition.safeParse(candidate);
    if (!parsed.success || noteTooShort) return;
    publish.mutate(
      { basedOnVersion: props.basedOnVersion, note: note.trim(), definition: parsed.data },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: `Version ${saved.version} of the tiering rules is in force. Past tierings keep theirs.`,
          });
          props.onDone(saved.version);
        },
      },
    );
  };

  const serverIssues =
    publish.error && isApiError(publish.error, 'validation_failed')
      ? publish.error.fieldErrors
      : [];

  return (
    <Stack gap="md">
      <Tabs value={tab} onChange={handleTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="form">Form</Tabs.Tab>
          <Tabs.Tab value="json">JSON</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="form">
          <Stack gap="md">
            <DimensionsFields draft={draft} update={update} />
            <Fieldset legend="Rules">
              <Stack gap="sm">
                <Text size="sm">
                  Tried in order; the first that matches sets the tier. Each rule has an id, a tier,
                  a label and a list of tests (anyOf): a dimension at least or equal to a level, a
                  fact, IMDRF categories, a weighted score, or allOf several tests.
                </Text>
                <JsonInput
                  label="Rules (JSON)"
                  autosize
                  minRows={8}
                  maxRows={24}
                  value={rulesText}
                  onChange={setRulesText}
                  validationError="Not valid JSON"
                  formatOnBlur
                />
                <Select
                  label="Default tier when no rule matches"
                  data={tierOptions}
                  value={draft.defaultTier}
                  allowDeselect={false}
                  onChange={(v) =>
                    update((d) => {
                      d.defaultTier = riskTiers.find((t) => t === v) ?? d.defaultTier;
                    })
                  }
                  maw={320}
                />
              </Stack>
            </Fieldset>
            <ConsequenceFields draft={draft} update={update} />
            <PathwayFields draft={draft} update={update} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="json">
          <JsonInput
            label="The whole definition (JSON)"
            autosize
            minRows={16}
            maxRows={40}
            value={jsonText}
            onChange={setJsonText}
            validationError="Not valid JSON"
            formatOnBlur
          />
        </Tabs.Panel>
      </Tabs>
      {syntaxError ? (
        <Alert color="red" title="Fix the JSON first">
          {syntaxError}
        </Alert>
      ) : null}
      {issues.length > 0 || serverIssues.length > 0 ? (
        <Alert color="red" title="These rules cannot be published yet">
          <List size="sm">
            {[...issues, ...serverIssues].map((i) => (
              <List.Item key={`${i.path}:${i.message}`}>
                <code>{i.path}</code>: {i.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <TextInput
        label="What changed and why"
        description="Kept with the version; tierings made under it show it"
        required
        maxLength={tieringLimits.ruleSetNoteMaxLength}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {publish.isError && isApiError(publish.error, 'version_conflict') ? (
        <VersionConflictAlert what="rule set" onReload={props.onReload} />
      ) : publish.isError && !isApiError(publish.error, 'validation_failed') ? (
        <ErrorAlert error={publish.error} title="The rules were not published" />
      ) : null}
      <Group>
        <Button
          onClick={handlePublish}
          loading={publish.isPending}
          disabled={Boolean(syntaxError) || issues.length > 0 || noteTooShort}
        >
          Publish as version {props.basedOnVersion + 1}
        </Button>
        <Button variant="default" onClick={() => props.onDone(null)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

type Update = (change: (d: TierRuleSetDefinition) => void) => void;

function DimensionsFields({ draft, update }: { draft: TierRuleSetDefinition; update: Update }) {
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

function ConsequenceFields({ draft, update }: { draft: TierRuleSetDefinition; update: Update }) {
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

function PathwayFields({ draft, update }: { draft: TierRuleSetDefinition; update: Update }) {
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
