import { Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabase, IconLink, IconPaperclip } from '@tabler/icons-react';
import type { EvidenceAddInput } from '@vigil/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useAddEvidence } from '../../../api/useGovernanceAssessments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FileForm, LinkForm, RecordForm } from './EvidenceForms';

/** Adds a link, a file or a reference to a Vigil record to an item. */
export function AddEvidence({ assessmentId, itemKey }: { assessmentId: string; itemKey: string }) {
  const add = useAddEvidence(assessmentId, itemKey);
  const [tab, setTab] = useState<string | null>('link');
  const submit = (body: EvidenceAddInput, done: () => void) => {
    add.mutate(body, {
      onSuccess: (evidence) => {
        done();
        notifications.show({ color: 'green', message: `“${evidence.title}” attached.` });
      },
    });
  };
  const fieldError = (path: string) =>
    isApiError(add.error) ? add.error.fieldErrors.find((e) => e.path === path)?.message : undefined;

  return (
    <Stack gap="sm">
      <Tabs
        value={tab}
        onChange={(value) => {
          setTab(value);
          add.reset();
        }}
        variant="outline"
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="link" leftSection={<IconLink size={14} aria-hidden />}>
            Link
          </Tabs.Tab>
          <Tabs.Tab value="file" leftSection={<IconPaperclip size={14} aria-hidden />}>
            File
          </Tabs.Tab>
          <Tabs.Tab value="record" leftSection={<IconDatabase size={14} aria-hidden />}>
            Vigil record
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="link" pt="sm">
          <LinkForm onSubmit={submit} isPending={add.isPending} fieldError={fieldError} />
        </Tabs.Panel>
        <Tabs.Panel value="file" pt="sm">
          <FileForm onSubmit={submit} isPending={add.isPending} fieldError={fieldError} />
        </Tabs.Panel>
        <Tabs.Panel value="record" pt="sm">
          <RecordForm
            assessmentId={assessmentId}
            isActive={tab === 'record'}
            onSubmit={submit}
            isPending={add.isPending}
          />
        </Tabs.Panel>
      </Tabs>
      {add.isError ? (
        <ErrorAlert error={add.error} title="The evidence could not be attached" />
      ) : null}
    </Stack>
  );
}
