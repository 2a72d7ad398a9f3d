import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  limits,
  passwordResetInput,
  type PasswordResetInput,
  type UserDto,
} from '@vigil/contracts';
import { isApiError } from '../../api/ApiError';
import { useResetPassword } from '../../api/useUsers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { zodValidate } from '../../lib/zodValidate';

export function ResetPasswordForm({ user }: { user: UserDto }) {
  const reset = useResetPassword(user.id);
  const form = useForm<PasswordResetInput>({
    initialValues: { password: '' },
    validate: zodValidate(passwordResetInput),
  });

  const handleSubmit = form.onSubmit((values) => {
    reset.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: 'green',
          message: `New password set for ${user.displayName}; their open sessions have ended.`,
        });
      },
      onError: (error) => {
        if (isApiError(error)) form.setErrors(error.fieldErrorMap());
      },
    });
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Reset password">
      <Stack>
        <Text size="sm" c="dimmed">
          Sets a new password and signs {user.displayName} out everywhere. Share the new password
          with them securely.
        </Text>
        {reset.isError && !isApiError(reset.error, 'validation_failed') ? (
          <ErrorAlert error={reset.error} />
        ) : null}
        <PasswordField
          label="New password"
          description={`At least ${limits.passwordMinLength} characters`}
          autoComplete="new-password"
          required
          maw={360}
          {...form.getInputProps('password')}
        />
        <Group>
          <Button type="submit" variant="light" loading={reset.isPending}>
            Reset password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
