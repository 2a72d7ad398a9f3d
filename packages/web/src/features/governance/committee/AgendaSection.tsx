import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  type AgendaItemDto,
  type MeetingDto,
  decisionOutcomeLabels,
  reviewPathwayLabels,
  riskTierLabels,
} from '@vigil/contracts';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import {
  useRefreshCommittee,
  useRemoveAgendaItem,
  useReorderAgenda,
} from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DecisionForm } from '../review/DecisionForm';
import { AgendaSuggestions } from './AgendaSuggestions';

interface AgendaSectionProps {
  meeting: MeetingDto;
  /** The office may change the agenda and record decisions. */
  canManage: boolean;
}

/** The agenda in order; review items link to the review workspace and take the decision. */
export function AgendaSection({ meeting, canManage }: AgendaSectionProps) {
  const reorder = useReorderAgenda(meeting.id);
  const remove = useRemoveAgendaItem(meeting.id);
  const isScheduled = meeting.status === 'scheduled';
  const canEdit = canManage && isScheduled;
  const ids = meeting.agenda.map((i) => i.id);
  const move = (index: number, by: -1 | 1) => {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    reorder.mutate(next);
  };
  const error = reorder.error ?? remove.error;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="agenda-title">
      <Title id="agenda-title" order={2} size="h4" mb="sm">
        Agenda
      </Title>
      <Stack gap="sm">
        {error ? <ErrorAlert error={error} title="The agenda was not changed" /> : null}
        {meeting.agenda.length === 0 ? (
          <Text c="dimmed">Nothing is on the agenda yet.</Text>
        ) : (
          <Stack
            component="ol"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label="Agenda items"
          >
            {meeting.agenda.map((item, index) => (
              <AgendaItemRow
                key={item.id}
                item={item}
                meeting={meeting}
                canManage={canManage}
                controls={
                  canEdit ? (
                    <Group gap={4} className="vigil-no-print" wrap="nowrap">
                      <ActionIcon
                        variant="default"
                        aria-label={`Move “${item.title}” up`}
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => move(index, -1)}
                      >
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={`Move “${item.title}” down`}
                        disabled={index === meeting.agenda.length - 1 || reorder.isPending}
                        onClick={() => move(index, 1)}
                      >
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                      {item.decision ? null : (
                        <ActionIcon
                          variant="default"
                          color="red"
                          aria-label={`Remove “${item.title}” from the agenda`}
                          loading={remove.isPending && remove.variables === item.id}
                          onClick={() => remove.mutate(item.id)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      )}
                    </Group>
                  ) : null
                }
              />
            ))}
          </Stack>
        )}
        {canEdit ? <AgendaSuggestions meetingId={meeting.id} /> : null}
      </Stack>
    </Paper>
  );
}

interface AgendaItemRowProps {
  item: AgendaItemDto;
  meeting: MeetingDto;
  canManage: boolean;
  controls: ReactNode;
}

function AgendaItemRow({ item, meeting, canManage, controls }: AgendaItemRowProps) {
  const [isDeciding, setDeciding] = useState(false);
  const refresh = useRefreshCommittee();
  const review = item.review;
  const canDecide =
    canManage &&
    review !== null &&
    review.status === 'open' &&
    !item.decision &&
    meeting.status !== 'cancelled';
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      bg="gray.0"
      aria-label={`Item ${item.position}: ${item.title}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1 }}>
          <Text fw={600}>
            {item.position}. {item.title}
          </Text>
          {review ? (
            <Group gap="xs">
              <Anchor component={Link} to={`/governance/systems/${review.systemId}`} size="sm">
                Review workspace: {review.systemName}, round {review.round}
              </Anchor>
              <Badge component="span" variant="outline" color="gray" size="sm">
                {riskTierLabels[review.tier]}
              </Badge>
              <Badge component="span" variant="outline" color="gray" size="sm">
                {reviewPathwayLabels[review.pathway]}
              </Badge>
            </Group>
          ) : null}
          {item.notes ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {item.notes}
            </Text>
          ) : null}
          {item.decision ? (
            <Text size="sm">
              <Badge component="span" color="green" variant="light" mr={6}>
                Decided
              </Badge>
              {decisionOutcomeLabels[item.decision.outcome]}, recorded by{' '}
              {item.decision.decidedByLabel} (
              <Anchor component={Link} to={`/governance/decisions/${item.decision.id}`} size="sm">
                decision letter
              </Anchor>
              )
            </Text>
          ) : null}
          {review && review.status !== 'open' && !item.decision ? (
            <Text size="sm" c="dimmed">
              The review is {review.status}.
            </Text>
          ) : null}
        </Stack>
        {controls}
      </Group>
      {canDecide ? (
        <div className="vigil-no-print">
          <Button
            mt="sm"
            size="xs"
            variant={isDeciding ? 'default' : 'light'}
            aria-expanded={isDeciding}
            onClick={() => setDeciding((v) => !v)}
          >
            {isDeciding ? 'Close the decision form' : 'Record the decision'}
          </Button>
          <Collapse expanded={isDeciding}>
            {isDeciding ? (
              <Paper withBorder p="md" mt="sm">
                <DecisionForm
                  reviewId={review.id}
                  meetingId={meeting.id}
                  agendaItemId={item.id}
                  onDecided={() => {
                    setDeciding(false);
                    refresh();
                  }}
                />
              </Paper>
            ) : null}
          </Collapse>
        </div>
      ) : null}
    </Paper>
  );
}
