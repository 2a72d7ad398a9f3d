import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { savedViewCreateInput, type PortfolioViewQuery } from '@vigil/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useCreateSavedView, useDeleteSavedView, useSavedViews } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { zodValidate } from '../../../lib/zodValidate';

interface SavedViewsProps {
  view: PortfolioViewQuery;
  onPick: (view: PortfolioViewQuery) => void;
}

const validateView = zodValidate<{ name: string; query: PortfolioViewQuery }>(savedViewCreateInput);

/** The user's own named searches: pick one to apply it, save the current one, delete one. */
export function SavedViews({ view, onPick }: SavedViewsProps) {
  const views = useSavedViews();
  const create = useCreateSavedView();
  const remove = useDeleteSavedView();
  const [pickedId, setPickedId] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '' },
    validate: (values) => validateView({ name: values.name, query: view }),
  });

  // Applied on every pick, also of the view already shown, since the filters may have moved on.
  const handlePick = (id: string) => {
    setPickedId(id);
    const picked = views.data?.find((saved) => saved.id === id);
    if (picked) onPick(picked.query);
  };

  const handleSave = form.onSubmit(({ name }) => {
    create.mutate(
      { name, query: view },
      {
        onSuccess: (saved) => {
          form.reset();
          setPickedId(saved.id);
          notifications.show({ color: 'green', message: `Saved the view “${saved.name}”.` });
        },
        onError: (error) => {
          if (isApiError(error)) form.setErrors(error.fieldErrorMap());
        },
      },
    );
  });

  const handleDelete = () => {
    if (!pickedId) return;
    remove.mutate(pickedId, { onSuccess: () => setPickedId(null) });
  };

  const error =
    create.isError && !isApiError(create.error, 'validation_failed') ? create.error : remove.error;
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Group align="flex-end" gap="xs">
        <Select
          label="Saved views"
          placeholder={views.data?.length ? 'Pick a view' : 'None saved yet'}
          data={(views.data ?? []).map((saved) => ({ value: saved.id, label: saved.name }))}
          value={pickedId}
          onChange={setPickedId}
          onOptionSubmit={handlePick}
          allowDeselect={false}
          clearable
          w={220}
        />
        {pickedId ? (
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={handleDelete}
            loading={remove.isPending}
          >
            Delete view
          </Button>
        ) : null}
      </Group>
      <form onSubmit={handleSave} noValidate aria-label="Save this view">
        <Group align="flex-start" gap="xs">
          <TextInput
            label="Save current search as"
            placeholder="View name"
            w={220}
            {...form.getInputProps('name')}
          />
          <Button
            type="submit"
            variant="light"
            mt={25}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            loading={create.isPending}
          >
            Save view
          </Button>
        </Group>
      </form>
      {error ? <ErrorAlert error={error} title="The view was not changed" /> : null}
    </Group>
  );
}
