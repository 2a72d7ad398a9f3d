import { Fieldset, Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useUserDirectory } from '../../../api/useUsers';
import type { SystemFormValues } from './systemFormValues';

interface OwnerFieldsProps {
  form: UseFormReturnType<SystemFormValues>;
}

const ownerFields = [
  ['clinicalOwnerId', 'Clinical owner'],
  ['technicalOwnerId', 'Technical owner'],
  ['executiveSponsorId', 'Executive sponsor'],
] as const;

/** Owners are user accounts, picked from the directory of active colleagues. */
export function OwnerFields({ form }: OwnerFieldsProps) {
  const directory = useUserDirectory();
  const data = (directory.data ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName} (${user.email})`,
  }));
  return (
    <Fieldset legend="Owners">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {ownerFields.map(([field, label]) => (
          <Select
            key={field}
            label={label}
            data={data}
            searchable
            clearable
            placeholder="Not set"
            {...form.getInputProps(field)}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
