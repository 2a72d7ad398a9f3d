import { MultiSelect } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Discipline, Role } from '@vigil/contracts';
import { disciplineOptions, needsDisciplines, roleOptions } from './options';

interface RoleValues {
  roles: Role[];
  disciplines: Discipline[];
}

/** Roles, and disciplines once "Committee member" is among them; shared by create and edit. */
export function RoleFields<V extends RoleValues>({ form }: { form: UseFormReturnType<V> }) {
  const { roles } = form.getValues();
  return (
    <>
      <MultiSelect
        label="Roles"
        description="What this person does in Vigil; each role opens its own pages and actions."
        data={roleOptions}
        searchable
        required
        {...form.getInputProps('roles')}
      />
      {needsDisciplines(roles) ? (
        <MultiSelect
          label="Committee disciplines"
          description="The review items this member answers for."
          data={disciplineOptions}
          searchable
          {...form.getInputProps('disciplines')}
        />
      ) : null}
    </>
  );
}
