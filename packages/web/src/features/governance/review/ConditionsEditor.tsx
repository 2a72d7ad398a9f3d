import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  type ConditionGateState,
  conditionGateStates,
  lifecycleStateLabels,
  reviewLimits,
} from '@vigil/contracts';
import { useUserDirectory } from '../../../api/useUsers';
import { isOneOf } from '../../portfolio/options';

export interface ConditionDraft {
  key: number;
  description: string;
  ownerId: string | null;
  dueDate: string;
  gatesState: ConditionGateState;
}

interface ConditionsEditorProps {
  value: readonly ConditionDraft[];
  onChange: (next: ConditionDraft[]) => void;
  errors: Record<string, string>;
  newCondition: () => ConditionDraft;
}

/** The conditions of a decision: what, who owns it, by when, and which state it gates. */
export function ConditionsEditor({ value, onChange, errors, newCondition }: ConditionsEditorProps) {
  const directory = useUserDirectory();
  const people = (directory.data ?? []).map((u) => ({ value: u.id, label: u.displayName }));
  const update = (key: number, patch: Partial<ConditionDraft>) =>
    onChange(value.map((c) => (c.key === key ? { ...c, ...patch } : c)));

  return (
    <Fieldset legend="Conditions">
      <Stack gap="md">
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">
            No conditions. Approval with conditions needs at least one.
          </Text>
        ) : null}
        {errors.conditions ? (
          <Text size="sm" c="red.8" role="alert">
            {errors.conditions}
          </Text>
        ) : null}
        {value.map((c, i) => (
          <Group key={c.key} align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={`Condition ${i + 1}`}
              required
              maxLength={reviewLimits.conditionMaxLength}
              value={c.description}
              onChange={(e) => update(c.key, { description: e.currentTarget.value })}
              error={errors[`conditions.${i}.description`]}
              style={{ flex: '1 1 280px' }}
            />
            <Select
              label={`Owner of condition ${i + 1}`}
              data={people}
              searchable
              required
              value={c.ownerId}
              onChange={(ownerId) => update(c.key, { ownerId })}
              error={errors[`conditions.${i}.ownerId`]}
              w={220}
            />
            <TextInput
              type="date"
              label={`Due date of condition ${i + 1}`}
              required
              value={c.dueDate}
              onChange={(e) => update(c.key, { dueDate: e.currentTarget.value })}
              error={errors[`conditions.${i}.dueDate`]}
              w={170}
            />
            <Select
              label={`Must be met before (condition ${i + 1})`}
              data={conditionGateStates.map((s) => ({ value: s, label: lifecycleStateLabels[s] }))}
              value={c.gatesState}
              allowDeselect={false}
              onChange={(v) => {
                if (isOneOf(conditionGateStates, v)) update(c.key, { gatesState: v });
              }}
              w={170}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove condition ${i + 1}`}
              onClick={() => onChange(value.filter((x) => x.key !== c.key))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <div>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange([...value, newCondition()])}
          >
            Add a condition
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
