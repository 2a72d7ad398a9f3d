import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  apiTokenCreateInput,
  limits,
  type ApiTokenCreateInput,
  type ApiTokenCreated,
} from '@vigil/contracts';
import { isApiError } from '../../api/ApiError';
import { useCreateToken } from '../../api/useTokens';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../lib/zodValidate';

export function CreateTokenForm({ onCreated }: { onCreated: (created: ApiTokenCreated) => void }) {
  const create = useCreateToken();
  const form = useForm<ApiTokenCreateInput>({
    initialValues: { name: '', expiresInDays: 90 },
    validate: zodValidate(apiTokenCreateInput),
  });

  const handleSubmit = form.onSubmit((values) => {
    create.mutate(values, {
      onSuccess: (created) => {
        form.reset();
        onCreated(created);
      },
      onError: (error) => {
        if (isApiError(error)) form.setErrors(error.fieldErrorMap());
      },
    });
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Create an API token">
      {create.isError && !isApiError(create.error, 'validation_failed') ? (
        <ErrorAlert error={create.error} />
      ) : null}
      <Group align="flex-start" gap="md">
        <TextInput
          label="Token name"
          description="What it is for, e.g. “monitoring push”"
          required
          w={320}
          {...form.getInputProps('name')}
        />
        <NumberInput
          label="Expires in (days)"
          description={`1 to ${limits.tokenMaxLifetimeDays}`}
          min={1}
          max={limits.tokenMaxLifetimeDays}
          allowDecimal={false}
          w={180}
          {...form.getInputProps('expiresInDays')}
        />
        <Button type="submit" mt={46} loading={create.isPending}>
          Create token
        </Button>
      </Group>
    </form>
  );
}
