import { Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { userUpdateInput, type Discipline, type Role, type UserDto } from '@vigil/contracts';
import { isApiError } from '../../api/ApiError';
import { useUpdateUser } from '../../api/useUsers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../lib/zodValidate';
import { needsDisciplines } from './options';
import { RoleFields } from './RoleFields';
import { VersionConflictAlert } from './VersionConflictAlert';

interface EditValues {
  displayName: string;
  roles: Role[];
  disciplines: Discipline[];
  isActive: boolean;
}

const validateUpdate = zodValidate<EditValues & { version: number }>(userUpdateInput);

interface EditUserFormProps {
  user: UserDto;
  onReload: () => void;
}

/** Sends the version it was opened with, so a concurrent change is reported instead of overwritten. */
export function EditUserForm({ user, onReload }: EditUserFormProps) {
  const update = useUpdateUser(user.id);
  const form = useForm<EditValues>({
    initialValues: {
      displayName: user.displayName,
      roles: user.roles,
      disciplines: user.disciplines,
      isActive: user.isActive,
    },
    validate: (values) => validateUpdate({ ...values, version: user.version }),
  });

  const handleSubmit = form.onSubmit((values) => {
    const disciplines = needsDisciplines(values.roles) ? values.disciplines : [];
    update.mutate(
      { ...values, disciplines, version: user.version },
      {
        onSuccess: (saved) =>
          notifications.show({ color: 'green', message: `Saved ${saved.displayName}.` }),
        onError: (error) => {
          if (isApiError(error)) form.setErrors(error.fieldErrorMap());
        },
      },
    );
  });

  const isConflict = isApiError(update.error, 'version_conflict');
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Edit user">
      <Stack>
        {isConflict ? <VersionConflictAlert onReload={onReload} /> : null}
        {update.isError && !isConflict && !isApiError(update.error, 'validation_failed') ? (
          <ErrorAlert error={update.error} title="The changes were not saved" />
        ) : null}
        <TextInput label="Display name" required {...form.getInputProps('displayName')} />
        <RoleFields form={form} />
        <Switch
          label="Account active"
          description="A deactivated account cannot sign in or use its API tokens."
          {...form.getInputProps('isActive', { type: 'checkbox' })}
        />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
