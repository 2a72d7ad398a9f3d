import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { type GapReportDto, answerStatusLabels } from '@vigil/contracts';
import { useParams } from 'react-router';
import { assessmentCsvUrl, useGapReport } from '../../../api/useGovernanceAssessments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import { AssessmentProgress } from './AssessmentProgress';
import { frameworkName, subjectOf } from './assessmentText';
import { BackToAssessments } from './BackToAssessments';
import classes from './GapReport.module.css';
import { FunctionGaps } from './GapReportFunction';

/** The gap report of an assessment, on screen and printable, with the CSV export. */
export function GapReportPage() {
  const { id = '' } = useParams();
  const report = useGapReport(id);
  if (report.isPending) return <PageLoader />;
  if (report.isError)
    return (
      <Stack>
        <BackToAssessments />
        <ErrorAlert error={report.error} title="The gap report could not be loaded" />
      </Stack>
    );
  return <GapReport report={report.data} />;
}

function GapReport({ report }: { report: GapReportDto }) {
  const { assessment, framework } = report;
  const levels = framework.levels;
  return (
    <div className={classes.report}>
      <div className={classes.noPrint}>
        <BackToAssessments
          to={`/governance/assessments/${assessment.id}`}
          label={assessment.title}
        />
      </div>
      <PageHeader
        title={`Gap report: ${assessment.title}`}
        description={
          <>
            {frameworkName(framework)} · {subjectOf(assessment)} · generated{' '}
            {formatDateTime(report.generatedAt)}
          </>
        }
        actions={
          <Group gap="sm" className={classes.noPrint}>
            <Button
              component="a"
              href={assessmentCsvUrl(assessment.id)}
              download
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Export CSV
            </Button>
            <Button
              variant="default"
              onClick={() => window.print()}
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              Print
            </Button>
          </Group>
        }
      />
      <Paper
        withBorder
        p="lg"
        mb="lg"
        component="section"
        aria-labelledby="gap-summary"
        className={classes.section}
      >
        <Title id="gap-summary" order={2} size="h4" mb="xs">
          Summary by {levels[0]?.toLowerCase() ?? 'group'}
        </Title>
        <Text size="sm" mb="md">
          {report.gapCount === 0
            ? 'Every item is met or not applicable.'
            : `${report.gapCount} of ${assessment.progress.total} items are not met, partially met or not answered.`}
        </Text>
        <AssessmentProgress progress={assessment.progress} size="lg" withLegend />
        <TableScroll minWidth={820} label={`Summary by ${levels[0]?.toLowerCase() ?? 'group'}`}>
          <Table mt="md" verticalSpacing="xs">
            <Table.Caption>Answers per {levels[0]?.toLowerCase() ?? 'group'}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{levels[0] ?? 'Group'}</Table.Th>
                <Table.Th scope="col">Items</Table.Th>
                <Table.Th scope="col">{answerStatusLabels.met}</Table.Th>
                <Table.Th scope="col">{answerStatusLabels.partial}</Table.Th>
                <Table.Th scope="col">{answerStatusLabels.not_met}</Table.Th>
                <Table.Th scope="col">{answerStatusLabels.not_applicable}</Table.Th>
                <Table.Th scope="col">{answerStatusLabels.unanswered}</Table.Th>
                <Table.Th scope="col">Met (applicable)</Table.Th>
                <Table.Th scope="col">Gaps</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.functions.map((f) => (
                <Table.Tr key={f.group.key}>
                  <Table.Th scope="row">
                    <Anchor href={`#gaps-${f.group.key}`} size="sm" fw={600}>
                      {f.group.ref}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{f.progress.total}</Table.Td>
                  <Table.Td>{f.progress.counts.met}</Table.Td>
                  <Table.Td>{f.progress.counts.partial}</Table.Td>
                  <Table.Td>{f.progress.counts.not_met}</Table.Td>
                  <Table.Td>{f.progress.counts.not_applicable}</Table.Td>
                  <Table.Td>{f.progress.counts.unanswered}</Table.Td>
                  <Table.Td>{f.progress.percentMet}%</Table.Td>
                  <Table.Td fw={700}>{f.gapCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Paper>
      <Stack gap="lg">
        {report.functions.map((f) => (
          <FunctionGaps key={f.group.key} fn={f} assessmentId={assessment.id} />
        ))}
      </Stack>
    </div>
  );
}
