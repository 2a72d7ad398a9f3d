import { Badge, Button, Table, Text } from '@mantine/core';
import { type AssignmentDto, decisionOutcomeLabels, disciplineLabels } from '@vigil/contracts';
import { useUnassignReviewer } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { assignmentStatusColors, assignmentStatusLabels } from './reviewText';

/** Who reviews the round, for which discipline, and where each stands. */
export function AssignmentsTable({
  reviewId,
  assignments,
  canManage,
  isOpen,
}: {
  reviewId: string;
  assignments: readonly AssignmentDto[];
  canManage: boolean;
  isOpen: boolean;
}) {
  const unassign = useUnassignReviewer(reviewId);
  if (assignments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No reviewers assigned yet.
      </Text>
    );
  }
  const caption = 'Reviewers of this round';
  return (
    <>
      {unassign.isError ? <ErrorAlert error={unassign.error} /> : null}
      <TableScroll minWidth={640} label={caption}>
        <Table captionSide="top" verticalSpacing={6}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Reviewer</Table.Th>
              <Table.Th scope="col">Discipline</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Recommendation</Table.Th>
              <Table.Th scope="col">Submitted</Table.Th>
              {canManage && isOpen ? <Table.Th scope="col">Actions</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assignments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row" fw={500} fz="sm">
                  {a.reviewerName}
                </Table.Th>
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
                </Table.Td>
                <Table.Td fz="sm">
                  {a.conflictDeclared
                    ? 'Excluded (conflict)'
                    : a.recommendation
                      ? decisionOutcomeLabels[a.recommendation]
                      : '—'}
                </Table.Td>
                <Table.Td fz="sm">{formatDate(a.submittedAt)}</Table.Td>
                {canManage && isOpen ? (
                  <Table.Td>
                    {a.submittedAt === null ? (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        loading={unassign.isPending && unassign.variables === a.id}
                        onClick={() => unassign.mutate(a.id)}
                        aria-label={`Unassign ${a.reviewerName}`}
                      >
                        Unassign
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}
