import { Select } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { aiSystemCreateInput } from '@vigil/contracts';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useMe } from '../../../api/useAuth';
import { useCreateSystem } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { zodValidate } from '../../../lib/zodValidate';
import { BackToPortfolio } from '../BackLink';
import { initialStateOptions } from '../options';
import { SystemForm } from './SystemForm';
import { emptySystem, toCreateBody, type SystemFormValues } from './systemFormValues';

const validateCreate = zodValidate<ReturnType<typeof toCreateBody>>(aiSystemCreateInput);

/** The contract's rules, with a plain message for a select left unpicked instead of its enum list. */
function validateNewSystem(values: SystemFormValues) {
  const errors = validateCreate(toCreateBody(values));
  for (const field of ['source', 'kind', 'category'] as const) {
    if (values[field] === null && errors[field]) errors[field] = 'choose one';
  }
  return errors;
}

export function CreateSystemPage() {
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreateSystem();
  const form = useForm<SystemFormValues>({
    initialValues: emptySystem,
    validate: validateNewSystem,
  });
  // Recording a system as already in use is for the office that keeps the inventory.
  const canSetState =
    me.data?.user.roles.some((role) => role === 'admin' || role === 'caio') ?? false;

  const handleSubmit = form.onSubmit((values) => {
    const parsed = aiSystemCreateInput.safeParse(toCreateBody(values));
    if (!parsed.success) return;
    create.mutate(parsed.data, {
      onSuccess: (system) => {
        notifications.show({ color: 'green', message: `${system.name} is in the portfolio.` });
        void navigate(`/portfolio/${system.id}`);
      },
      onError: (error) => {
        if (isApiError(error)) form.setErrors(error.fieldErrorMap());
      },
    });
  });

  return (
    <>
      <BackToPortfolio />
      <PageHeader
        title="New AI system"
        description="Register a system that is proposed or already in use. Its record is versioned: every later change is kept with who made it."
      />
      <SystemForm
        form={form}
        label="New AI system"
        onSubmit={handleSubmit}
        submitLabel="Add to portfolio"
        isPending={create.isPending}
        cancelTo="/portfolio"
        alerts={
          create.isError && !isApiError(create.error, 'validation_failed') ? (
            <ErrorAlert error={create.error} title="The system was not added" />
          ) : null
        }
        extra={
          canSetState ? (
            <Select
              label="State"
              description="Proposed, or deployed / monitored for a system already in use"
              data={initialStateOptions}
              allowDeselect={false}
              maw={360}
              {...form.getInputProps('initialState')}
            />
          ) : null
        }
      />
    </>
  );
}
