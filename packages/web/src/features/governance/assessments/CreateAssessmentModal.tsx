import { Button, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import {
  type AssessmentScope,
  type FrameworkKey,
  assessmentLimits,
  frameworkKeys,
} from '@vigil/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useCreateAssessment, useFrameworks } from '../../../api/useGovernanceAssessments';
import { usePortfolioList } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface CreateAssessmentModalProps {
  opened: boolean;
  onClose: () => void;
  /** Preselects a system (from a system's assessments page). */
  systemId?: string;
  frameworkKey?: FrameworkKey;
}

function isFrameworkKey(value: string | null): value is FrameworkKey {
  return frameworkKeys.some((k) => k === value);
}

/** Starts an assessment: a framework, and a system or the whole institution. */
export function CreateAssessmentModal({
  opened,
  onClose,
  systemId: presetSystem,
  frameworkKey: presetFramework,
}: CreateAssessmentModalProps) {
  const frameworks = useFrameworks();
  const systems = usePortfolioList({ pageSize: 200 });
  const create = useCreateAssessment();
  const navigate = useNavigate();
  const [frameworkKey, setFrameworkKey] = useState<FrameworkKey | null>(presetFramework ?? null);
  const [scope, setScope] = useState<AssessmentScope>('system');
  const [systemId, setSystemId] = useState<string | null>(presetSystem ?? null);
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ framework?: string; system?: string }>({});

  const selected = frameworks.data?.find((f) => f.key === frameworkKey);
  const fieldError = (path: string) =>
    isApiError(create.error)
      ? create.error.fieldErrors.find((e) => e.path === path)?.message
      : undefined;

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const next = {
      ...(frameworkKey ? {} : { framework: 'Choose a framework' }),
      ...(scope === 'system' && !systemId ? { system: 'Choose the AI system to assess' } : {}),
    };
    setErrors(next);
    if (!frameworkKey || Object.keys(next).length > 0) return;
    const trimmed = title.trim();
    create.mutate(
      {
        frameworkKey,
        scope,
        ...(scope === 'system' ? { systemId } : {}),
        ...(trimmed ? { title: trimmed } : {}),
      },
      {
        onSuccess: (assessment) => {
          onClose();
          void navigate(`/governance/assessments/${assessment.id}`);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Start an assessment" size="lg" centered>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Select
            label="Framework"
            placeholder="Choose a framework"
            required
            data={(frameworks.data ?? []).map((f) => ({
              value: f.key,
              label: `${f.shortTitle} (${f.itemCount} items)`,
            }))}
            value={frameworkKey}
            onChange={(value) => setFrameworkKey(isFrameworkKey(value) ? value : null)}
            error={errors.framework ?? fieldError('body.frameworkKey')}
            allowDeselect={false}
          />
          {selected ? (
            <Text size="sm" c="dimmed">
              {selected.summary}
            </Text>
          ) : null}
          <Radio.Group
            label="What is assessed"
            value={scope}
            onChange={(value) => setScope(value === 'institution' ? 'institution' : 'system')}
          >
            <Group mt="xs">
              <Radio value="system" label="One AI system" />
              <Radio value="institution" label="The institution as a whole" />
            </Group>
          </Radio.Group>
          {scope === 'system' ? (
            <Select
              label="AI system"
              placeholder="Search the portfolio"
              required
              searchable
              nothingFoundMessage="No system with this name"
              data={(systems.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
              value={systemId}
              onChange={setSystemId}
              error={errors.system ?? fieldError('body.systemId')}
            />
          ) : null}
          <TextInput
            label="Title"
            description="Optional; defaults to the framework and what is assessed"
            maxLength={assessmentLimits.titleMaxLength}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          {create.isError ? (
            <ErrorAlert error={create.error} title="The assessment could not be started" />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Start assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
