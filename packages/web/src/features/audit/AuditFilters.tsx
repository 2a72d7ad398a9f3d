import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFilter, IconX } from '@tabler/icons-react';
import type { AuditFilterForm } from './auditSearch';

interface AuditFiltersProps {
  value: AuditFilterForm;
  onApply: (filter: AuditFilterForm) => void;
}

const emptyFilter: AuditFilterForm = {
  entityType: '',
  entityId: '',
  actor: '',
  action: '',
  fromDate: '',
  toDate: '',
};

export function AuditFilters({ value, onApply }: AuditFiltersProps) {
  const form = useForm<AuditFilterForm>({ initialValues: value });

  const handleClear = () => {
    form.setValues(emptyFilter);
    onApply(emptyFilter);
  };

  return (
    <form onSubmit={form.onSubmit(onApply)} aria-label="Filter the audit log">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <TextInput
          label="Entity type"
          placeholder="e.g. user"
          {...form.getInputProps('entityType')}
        />
        <TextInput label="Entity id" {...form.getInputProps('entityId')} />
        <TextInput label="Actor" placeholder="Email or id" {...form.getInputProps('actor')} />
        <TextInput label="Action" {...form.getInputProps('action')} />
        <TextInput label="From (date)" type="date" {...form.getInputProps('fromDate')} />
        <TextInput label="To (date, inclusive)" type="date" {...form.getInputProps('toDate')} />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
          Apply filters
        </Button>
        <Button
          variant="default"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={handleClear}
        >
          Clear
        </Button>
      </Group>
    </form>
  );
}
