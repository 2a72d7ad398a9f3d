import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { isApiError } from '../api/ApiError';

interface ErrorAlertProps {
  error: unknown;
  /** Heading shown instead of the error's own title. */
  title?: string;
  children?: ReactNode;
}

/** Shows a failed call in an alert screen readers announce, with the id support can trace. */
export function ErrorAlert({ error, title, children }: ErrorAlertProps) {
  const apiError = isApiError(error) ? error : null;
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? apiError?.title ?? 'Error'}
    >
      <Text size="sm">{message}</Text>
      {apiError?.requestId ? (
        <Text size="xs" c="dimmed" mt={4}>
          Request id: {apiError.requestId}
        </Text>
      ) : null}
      {children}
    </Alert>
  );
}
