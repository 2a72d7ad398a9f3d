import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { limits, userCreateInput, type UserCreateInput, type UserDto } from '@vigil/contracts';
import { isApiError } from '../../api/ApiError';
import { useCreateUser } from '../../api/useUsers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { zodValidate } from '../../lib/zodValidate';
import { needsDisciplines } from './options';
import { RoleFields } from './RoleFields';

interface CreateUserModalProps {
  isOpen: boolean;
  onClose: () => void;
  onCreated: (user: UserDto) => void;
}

const emptyUser: UserCreateInput = {
  email: '',
  displayName: '',
  password: '',
  roles: [],
  disciplines: [],
};

export function CreateUserModal({ isOpen, onClose, onCreated }: CreateUserModalProps) {
  const create = useCreateUser();
  const form = useForm<UserCreateInput>({
    initialValues: emptyUser,
    validate: zodValidate(userCreateInput),
  });

  const handleClose = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const handleSubmit = form.onSubmit((values) => {
    const disciplines = needsDisciplines(values.roles) ? values.disciplines : [];
    create.mutate(
      { ...values, disciplines },
      {
        onSuccess: (user) => {
          notifications.show({
            color: 'green',
            message: `${user.displayName} can now sign in as ${user.email}.`,
          });
          form.reset();
          onCreated(user);
        },
        onError: (error) => {
          if (isApiError(error)) form.setErrors(error.fieldErrorMap());
        },
      },
    );
  });

  return (
    <Modal opened={isOpen} onClose={handleClose} title="Create user" size="lg" centered>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {create.isError && !isApiError(create.error, 'validation_failed') ? (
            <ErrorAlert error={create.error} title="The user was not created" />
          ) : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            required
            {...form.getInputProps('email')}
          />
          <TextInput label="Display name" required {...form.getInputProps('displayName')} />
          <PasswordField
            label="Initial password"
            description={`At least ${limits.passwordMinLength} characters. Share it with the person securely; they can change it after signing in.`}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <RoleFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={handleClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
