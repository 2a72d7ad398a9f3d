import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { SystemFormValues } from './systemFormValues';

/** Links to the vendor page, the contract, the validation report: a label and an address each. */
export function LinksField({ form }: { form: UseFormReturnType<SystemFormValues> }) {
  const { links } = form.getValues();
  return (
    <Fieldset legend="Links">
      <Stack gap="sm">
        {links.length === 0 ? (
          <Text size="sm" c="dimmed">
            No links yet.
          </Text>
        ) : null}
        {links.map((_link, index) => (
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label={`Link ${index + 1} label`}
              style={{ flex: '1 1 40%' }}
              {...form.getInputProps(`links.${index}.label`)}
            />
            <TextInput
              label={`Link ${index + 1} address`}
              type="url"
              placeholder="https://"
              style={{ flex: '1 1 60%' }}
              {...form.getInputProps(`links.${index}.url`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={`Remove link ${index + 1}`}
              onClick={() => form.removeListItem('links', index)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem('links', { label: '', url: '' })}
          >
            Add link
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
