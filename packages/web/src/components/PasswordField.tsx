import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/** Mantine marks an invalid password input only with data-invalid; assistive tech needs aria-invalid. */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput aria-invalid={props.error ? true : undefined} {...props} />;
}
