import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { aiSystemUpdateInput, type AiSystemDto } from '@vigil/contracts';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useSystem, useUpdateSystem } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { zodValidate } from '../../../lib/zodValidate';
import { BackToSystem } from '../BackLink';
import { VersionConflictAlert } from '../VersionConflictAlert';
import { SystemForm } from './SystemForm';
import { formValuesOf, toUpdateBody, type SystemFormValues } from './systemFormValues';

const validateUpdate = zodValidate<Record<string, unknown>>(aiSystemUpdateInput);

/** Sends only the changed fields with the version it opened, so a concurrent edit is reported. */
function EditSystemForm({ system, onReload }: { system: AiSystemDto; onReload: () => void }) {
  const navigate = useNavigate();
  const update = useUpdateSystem(system.id);
  const initial = useMemo(() => formValuesOf(system), [system]);
  const form = useForm<SystemFormValues>({
    initialValues: initial,
    validate: (values) => validateUpdate(toUpdateBody(values, initial, system.version)),
  });

  const handleSubmit = form.onSubmit((values) => {
    const parsed = aiSystemUpdateInput.safeParse(toUpdateBody(values, initial, system.version));
    if (!parsed.success) return;
    update.mutate(parsed.data, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'green',
          message: `Saved ${saved.name} (version ${saved.version}).`,
        });
        void navigate(`/portfolio/${saved.id}`);
      },
      onError: (error) => {
        if (isApiError(error)) form.setErrors(error.fieldErrorMap());
      },
    });
  });

  const isConflict = isApiError(update.error, 'version_conflict');
  return (
    <SystemForm
      form={form}
      label="Edit AI system"
      onSubmit={handleSubmit}
      submitLabel="Save changes"
      isPending={update.isPending}
      cancelTo={`/portfolio/${system.id}`}
      alerts={
        <>
          {isConflict ? <VersionConflictAlert onReload={onReload} /> : null}
          {update.isError && !isConflict && !isApiError(update.error, 'validation_failed') ? (
            <ErrorAlert error={update.error} title="The changes were not saved" />
          ) : null}
        </>
      }
    />
  );
}

export function EditSystemPage() {
  const { id = '' } = useParams();
  const system = useSystem(id);
  if (system.isPending) return <PageLoader />;
  if (system.isError) {
    return (
      <Stack>
        <BackToSystem id={id} />
        <ErrorAlert error={system.error} title="This system could not be loaded" />
      </Stack>
    );
  }
  return (
    <>
      <BackToSystem id={id} name={system.data.name} />
      <PageHeader
        title={`Edit ${system.data.name}`}
        description={`Version ${system.data.version}`}
      />
      <EditSystemForm
        key={`${system.data.id}:${system.data.version}`}
        system={system.data}
        onReload={() => void system.refetch()}
      />
    </>
  );
}
