import {
  Alert,
  Button,
  Fieldset,
  Group,
  JsonInput,
  List,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
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
import { ConsequenceFields, DimensionsFields, PathwayFields } from './RuleSetFields';

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
