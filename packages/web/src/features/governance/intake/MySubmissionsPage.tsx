import { Anchor, Button, Paper, Table, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMyIntakes } from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { IntakeStatusBadge } from './IntakeStatusBadge';

/** What the signed-in person reported or proposed, with where each one stands. */
export function MySubmissionsPage() {
  const mine = useMyIntakes();
  return (
    <>
      <PageHeader
        title="My submissions"
        description="The AI ideas and reports you sent to the AI office. Open one to see its conversation and answer questions."
        actions={
          <Button
            component={Link}
            to="/governance/report"
            leftSection={<IconMessagePlus size={16} aria-hidden />}
          >
            Report or propose AI
          </Button>
        }
      />
      {mine.isPending ? <PageLoader /> : null}
      {mine.isError ? <ErrorAlert error={mine.error} /> : null}
      {mine.data && mine.data.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>You have not sent anything yet.</Text>
        </Paper>
      ) : null}
      {mine.data && mine.data.length > 0 ? (
        <TableScroll minWidth={640} label="My submissions">
          <Table striped highlightOnHover captionSide="top">
            <Table.Caption>Your submissions, newest first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Reference</Table.Th>
                <Table.Th scope="col">What</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Sent</Table.Th>
                <Table.Th scope="col">Last change</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mine.data.map((intake) => (
                <Table.Tr key={intake.id}>
                  <Table.Td fz="sm">{intake.reference}</Table.Td>
                  <Table.Td fz="sm">
                    <Anchor component={Link} to={`/governance/submissions/${intake.id}`}>
                      {intake.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <IntakeStatusBadge status={intake.status} forSubmitter />
                  </Table.Td>
                  <Table.Td fz="sm">{formatDate(intake.createdAt)}</Table.Td>
                  <Table.Td fz="sm">{formatDate(intake.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </>
  );
}
