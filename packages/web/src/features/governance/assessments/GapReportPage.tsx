import {
  Anchor,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { type GapFunctionDto, type GapReportDto, answerStatusLabels } from '@vigil/contracts';
import { Link, useParams } from 'react-router';
import { assessmentCsvUrl, useGapReport } from '../../../api/useGovernanceAssessments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import { AnswerStatusBadge } from './AnswerStatusBadge';
import { AssessmentProgress } from './AssessmentProgress';
import { frameworkName, subjectOf } from './assessmentText';
import { BackToAssessments } from './BackToAssessments';
import classes from './GapReport.module.css';

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

function FunctionGaps({ fn, assessmentId }: { fn: GapFunctionDto; assessmentId: string }) {
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      id={`gaps-${fn.group.key}`}
      aria-labelledby={`gaps-${fn.group.key}-title`}
      className={classes.section}
    >
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 380px' }}>
          <Title id={`gaps-${fn.group.key}-title`} order={2} size="h3">
            {fn.group.ref}: {fn.gapCount} gap{fn.gapCount === 1 ? '' : 's'}
          </Title>
          <Text size="sm" c="dimmed">
            {fn.group.title}
          </Text>
        </Stack>
        <div className={classes.summaryBar} style={{ flex: '0 1 300px' }}>
          <AssessmentProgress progress={fn.progress} size="sm" />
        </div>
      </Group>
      {fn.gapCount === 0 ? (
        <Text size="sm">No gaps: every item is met or not applicable.</Text>
      ) : (
        <Stack gap="md">
          {fn.categories
            .filter((c) => c.gaps.length > 0)
            .map((c) => {
              const label = c.group
                ? `${c.group.ref}: ${c.group.title}`
                : `${fn.group.ref}: ${fn.group.title}`;
              return (
                <div key={c.group?.key ?? fn.group.key} className={classes.category}>
                  {c.group ? (
                    <Title order={3} size="h5" mb={4}>
                      {c.group.ref}: <span style={{ fontWeight: 400 }}>{c.group.title}</span>
                    </Title>
                  ) : null}
                  <TableScroll minWidth={760} label={label}>
                    <Table verticalSpacing="xs" striped>
                      <VisuallyHidden component="caption">Gaps in {label}</VisuallyHidden>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col" w={110}>
                            Item
                          </Table.Th>
                          <Table.Th scope="col">Requirement</Table.Th>
                          <Table.Th scope="col" w={130}>
                            Answer
                          </Table.Th>
                          <Table.Th scope="col" w={150}>
                            Owner
                          </Table.Th>
                          <Table.Th scope="col" w={80}>
                            Evidence
                          </Table.Th>
                          <Table.Th scope="col">Note</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {c.gaps.map((g) => (
                          <Table.Tr key={g.itemKey}>
                            <Table.Th scope="row">
                              <Anchor
                                component={Link}
                                to={`/governance/assessments/${assessmentId}?item=${g.itemKey}`}
                                size="sm"
                                fw={600}
                                style={{ whiteSpace: 'nowrap' }}
                              >
                                {g.ref}
                              </Anchor>
                            </Table.Th>
                            <Table.Td>
                              <Text size="sm">{g.text}</Text>
                            </Table.Td>
                            <Table.Td>
                              <AnswerStatusBadge status={g.status} />
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm" c={g.ownerName ? undefined : 'dimmed'}>
                                {g.ownerName ?? 'No owner'}
                              </Text>
                            </Table.Td>
                            <Table.Td>{g.evidenceCount}</Table.Td>
                            <Table.Td>
                              <Text size="sm">{g.note ?? ''}</Text>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableScroll>
                </div>
              );
            })}
        </Stack>
      )}
    </Paper>
  );
}
