import {
  Badge,
  Button,
  Group,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { meetingLimits, reviewPathwayLabels, riskTierLabels } from '@vigil/contracts';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useAddAgendaItem, useAgendaSuggestions } from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';

/** Pending reviews to put on the agenda, the longest waiting first, and free-text items. */
export function AgendaSuggestions({ meetingId }: { meetingId: string }) {
  const [showAll, setShowAll] = useState(false);
  const suggestions = useAgendaSuggestions({ scope: showAll ? 'all' : 'meeting' });
  const add = useAddAgendaItem(meetingId);
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const addingReview = add.isPending ? add.variables.reviewId : undefined;

  const handleFreeText = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleError('Write the item');
      return;
    }
    add.mutate(
      { title: title.trim() },
      {
        onSuccess: () => {
          setTitle('');
          setTitleError(null);
        },
        onError: (error) => {
          if (isApiError(error)) setTitleError(error.fieldErrorMap().title ?? null);
        },
      },
    );
  };

  return (
    <Stack
      gap="sm"
      className="vigil-no-print"
      component="section"
      aria-labelledby="suggestions-title"
    >
      <Group justify="space-between" wrap="wrap">
        <Title id="suggestions-title" order={3} size="h5">
          Pending reviews to add
        </Title>
        <Switch
          label="Show every open review"
          checked={showAll}
          onChange={(e) => setShowAll(e.currentTarget.checked)}
        />
      </Group>
      {add.isError && !isApiError(add.error, 'validation_failed') ? (
        <ErrorAlert error={add.error} title="The item was not added" />
      ) : null}
      {suggestions.isError ? <ErrorAlert error={suggestions.error} /> : null}
      {suggestions.isPending ? <PageLoader /> : null}
      {suggestions.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          {showAll
            ? 'Every open review is on a scheduled agenda.'
            : 'No review waiting for a committee decision is left off an agenda.'}
        </Text>
      ) : null}
      {suggestions.data && suggestions.data.length > 0 ? (
        <TableScroll minWidth={640} label="Pending reviews">
          <Table captionSide="top" fz="sm">
            <Table.Caption>
              Open reviews not yet on a scheduled agenda, the longest waiting first
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">System</Table.Th>
                <Table.Th scope="col">Tier and pathway</Table.Th>
                <Table.Th scope="col">Waiting</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Action</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {suggestions.data.map((s) => (
                <Table.Tr key={s.reviewId}>
                  <Table.Th scope="row" fw={500}>
                    {s.systemName}, round {s.round}
                    <Text size="xs" c="dimmed" fw={400}>
                      {s.reason}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge component="span" variant="outline" color="gray" size="sm">
                        {riskTierLabels[s.tier]}
                      </Badge>
                      <Badge component="span" variant="outline" color="gray" size="sm">
                        {reviewPathwayLabels[s.pathway]}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {s.waitingDays} day{s.waitingDays === 1 ? '' : 's'}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPlus size={14} aria-hidden />}
                      aria-label={`Add ${s.systemName} to the agenda`}
                      loading={addingReview === s.reviewId}
                      onClick={() => add.mutate({ reviewId: s.reviewId })}
                    >
                      Add
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      <form onSubmit={handleFreeText} noValidate aria-label="Add a free-text agenda item">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Other item"
            placeholder="Welcome and apologies"
            maxLength={meetingLimits.agendaTitleMaxLength}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={titleError}
            style={{ flex: '1 1 280px' }}
          />
          <Button type="submit" variant="default" loading={add.isPending && !addingReview}>
            Add item
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
