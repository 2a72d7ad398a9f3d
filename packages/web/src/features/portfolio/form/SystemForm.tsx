import { Button, Group, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { LinksField } from './LinksField';
import { OwnerFields } from './OwnerFields';
import { IdentityFields, RegulatoryFields, UseFields } from './SystemFormFields';
import type { SystemFormValues } from './systemFormValues';

interface SystemFormProps {
  form: UseFormReturnType<SystemFormValues>;
  label: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  isPending: boolean;
  cancelTo: string;
  /** Alerts above the fields: conflicts and errors that are not about one field. */
  alerts?: ReactNode;
  /** Extra fields after the owners (the initial state on create). */
  extra?: ReactNode;
}

/** The fields of a system record, shared by create and edit. */
export function SystemForm(props: SystemFormProps) {
  const { form, label, onSubmit, submitLabel, isPending, cancelTo, alerts, extra } = props;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="lg" maw={960}>
        {alerts}
        <IdentityFields form={form} />
        <UseFields form={form} />
        <RegulatoryFields form={form} />
        <OwnerFields form={form} />
        <LinksField form={form} />
        {extra}
        <Group>
          <Button type="submit" loading={isPending}>
            {submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
