import { Button, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { limits, passwordChangeInput, type PasswordChangeInput } from '@vigil/contracts';
import { isApiError } from '../../api/ApiError';
import { useChangePassword } from '../../api/useAuth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { PageHeader } from '../../components/PageHeader';
import { zodValidate } from '../../lib/zodValidate';

type Values = PasswordChangeInput & { confirmPassword: string };

const validateContract = zodValidate<PasswordChangeInput>(passwordChangeInput);

function validate(values: Values) {
  const { confirmPassword, ...input } = values;
  const errors = validateContract(input);
  if (confirmPassword !== values.newPassword)
    errors.confirmPassword = 'does not match the new password';
  return errors;
}

export function ChangePasswordPage() {
  const change = useChangePassword();
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate,
  });

  const handleSubmit = form.onSubmit(({ currentPassword, newPassword }) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: 'green', message: 'Your password has been changed.' });
        },
        onError: (error) => {
          if (isApiError(error, 'invalid_credentials')) {
            form.setFieldError('currentPassword', 'is not your current password');
          } else if (isApiError(error)) {
            form.setErrors(error.fieldErrorMap());
          }
        },
      },
    );
  });

  return (
    <>
      <PageHeader
        title="Change password"
        description={`Use at least ${limits.passwordMinLength} characters; a passphrase of several words is easier to remember.`}
      />
      <Paper withBorder p="lg" maw={480}>
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            {change.isError && !isApiError(change.error, 'invalid_credentials') ? (
              <ErrorAlert error={change.error} />
            ) : null}
            <PasswordField
              label="Current password"
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordField
              label="New password"
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordField
              label="Repeat the new password"
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmPassword')}
            />
            <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
              Change password
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
