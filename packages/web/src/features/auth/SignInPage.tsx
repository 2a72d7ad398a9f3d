import { Box, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { loginInput, type LoginInput } from '@vigil/contracts';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { useLogin, useMe } from '../../api/useAuth';
import { useInstance } from '../../api/useInstance';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { usePageTitle } from '../../lib/usePageTitle';
import { zodValidate } from '../../lib/zodValidate';
import { DemoAccounts } from './DemoAccounts';
import { safeReturnPath } from './returnTo';

export function SignInPage() {
  usePageTitle('Sign in');
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('next'));
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const instance = useInstance();
  const form = useForm<LoginInput>({
    initialValues: { email: '', password: '' },
    validate: zodValidate(loginInput),
  });

  if (me.data) return <Navigate to={returnTo} replace />;

  const handleSubmit = form.onSubmit((values) => {
    login.mutate(values, {
      onSuccess: () => void navigate(returnTo, { replace: true }),
      onError: (error) => {
        if (isApiError(error)) form.setErrors(error.fieldErrorMap());
        form.setFieldValue('password', '');
      },
    });
  });

  return (
    <Center component="main" mih="100vh" p="md" py="xl" bg="gray.0">
      <Box w="100%" maw={420}>
        <Stack gap={4} mb="lg" align="center">
          <Title order={1}>Vigil</Title>
          <Text c="dimmed" ta="center">
            {instance.data ? instance.data.institutionName : 'The AI office for health systems'}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={handleSubmit} noValidate>
            <Stack>
              <Title order={2} size="h3">
                Sign in
              </Title>
              {login.isError && !isApiError(login.error, 'validation_failed') ? (
                <ErrorAlert error={login.error} title="Sign-in failed" />
              ) : null}
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                autoFocus
                {...form.getInputProps('email')}
              />
              <PasswordField
                label="Password"
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        {instance.data?.demo ? (
          <DemoAccounts
            institutionName={instance.data.institutionName}
            demo={instance.data.demo}
            onPick={(email, password) => form.setValues({ email, password })}
          />
        ) : null}
      </Box>
    </Center>
  );
}
