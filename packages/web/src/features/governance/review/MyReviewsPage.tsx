import { Anchor, Badge, Table, Text } from '@mantine/core';
import {
  decisionOutcomeLabels,
  disciplineLabels,
  reviewPathwayLabels,
  reviewStatusLabels,
} from '@vigil/contracts';
import { Link } from 'react-router';
import { useMyReviews } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { assignmentStatusColors, assignmentStatusLabels } from './reviewText';

/** The reviews I sit on, open ones first. */
export function MyReviewsPage() {
  const mine = useMyReviews();
  return (
    <>
      <PageHeader
        title="My reviews"
        description="Review rounds you are assigned to, open ones first."
      />
      {mine.isPending ? <PageLoader /> : null}
      {mine.isError ? <ErrorAlert error={mine.error} /> : null}
      {mine.data && mine.data.length === 0 ? (
        <Text c="dimmed">You are not assigned to any review.</Text>
      ) : null}
      {mine.data && mine.data.length > 0 ? (
        <TableScroll minWidth={760} label="My reviews">
          <Table captionSide="top" verticalSpacing={6} striped>
            <Table.Caption>My reviews: {mine.data.length}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">AI system</Table.Th>
                <Table.Th scope="col">Round</Table.Th>
                <Table.Th scope="col">Pathway</Table.Th>
                <Table.Th scope="col">My discipline</Table.Th>
                <Table.Th scope="col">My review</Table.Th>
                <Table.Th scope="col">Round status</Table.Th>
                <Table.Th scope="col">Due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mine.data.map(({ assignment: a, review: r }) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fz="sm" fw={500}>
                    <Anchor component={Link} to={`/governance/systems/${r.systemId}`}>
                      {r.systemName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td fz="sm">{r.round}</Table.Td>
                  <Table.Td fz="sm">{reviewPathwayLabels[r.pathway]}</Table.Td>
                  <Table.Td fz="sm">{disciplineLabels[a.discipline]}</Table.Td>
                  <Table.Td>
                    <Badge
                      component="span"
                      color={assignmentStatusColors[a.status]}
                      variant="light"
                      styles={{ label: { overflow: 'visible' } }}
                    >
                      {assignmentStatusLabels[a.status]}
                    </Badge>
                    {a.recommendation ? (
                      <Text size="xs">{decisionOutcomeLabels[a.recommendation]}</Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td fz="sm">{reviewStatusLabels[r.status]}</Table.Td>
                  <Table.Td fz="sm">{formatDate(r.dueAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </>
  );
}
