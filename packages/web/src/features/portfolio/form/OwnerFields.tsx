import { DataList, Fieldset, Select, SimpleGrid, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { limits } from '@vigil/contracts';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useUserList } from '../../../api/useUsers';
import type { SystemFormValues } from './systemFormValues';

interface OwnerFieldsProps {
  form: UseFormReturnType<SystemFormValues>;
  /** Names of the current owners, shown when the user cannot list accounts to pick from. */
  currentNames: { clinical: string | null; technical: string | null; sponsor: string | null };
}

const ownerFields = [
  ['clinicalOwnerId', 'Clinical owner', 'clinical'],
  ['technicalOwnerId', 'Technical owner', 'technical'],
  ['executiveSponsorId', 'Executive sponsor', 'sponsor'],
] as const;

/**
 * Owners are user accounts. Picking one needs the user directory, which only roles with
 * users.read may list; others see the owners and keep them unchanged.
 */
export function OwnerFields({ form, currentNames }: OwnerFieldsProps) {
  const me = useMe();
  const canList = hasPermission(me.data, 'users.read');
  const users = useUserList({ page: 1, pageSize: limits.pageSizeMax }, { enabled: canList });
  if (!canList) {
    return (
      <Fieldset legend="Owners">
        <DataList labelWidth={150}>
          {ownerFields.map(([, label, name]) => (
            <DataList.Item key={name}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>{currentNames[name] ?? 'Not set'}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
        <Text size="xs" c="dimmed" mt="xs">
          Owners are chosen from the user directory; ask an administrator to change them.
        </Text>
      </Fieldset>
    );
  }
  const data = (users.data?.items ?? []).map((user) => ({
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
