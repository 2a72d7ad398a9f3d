import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { governanceArtefactLabels, reviewPathwayLabels, riskTierLabels } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useGovernanceState } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StateBadge } from '../../portfolio/StateBadge';
import { SystemDocuments } from '../../portfolio/system/SystemDocuments';
import { CardGapsPanel } from './CardGapsPanel';
import { ConditionsTable } from './ConditionsTable';
import { DecisionsTable, TransitionHistory } from './GovernanceRecords';
import { LifecyclePanel } from './LifecyclePanel';
import { ReviewRoundSection } from './ReviewRoundSection';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The review workspace of one system: its review round, lifecycle, decisions and evidence. */
export function ReviewWorkspacePage() {
  const { systemId = '' } = useParams();
  const me = useMe();
  const state = useGovernanceState(systemId);
  if (state.isPending) return <PageLoader />;
  if (state.isError)
    return <ErrorAlert error={state.error} title="This system could not be loaded" />;
  const s = state.data;
  const canManage = hasPermission(me.data, 'governance.manage');
  const canWriteDocs = hasPermission(me.data, 'portfolio.write');
  const userId = me.data?.user.id ?? null;
  const intakeId = s.reviews.find((r) => r.intakeId !== null)?.intakeId ?? null;

  return (
    <>
      <PageHeader
        title={`Review: ${s.systemName}`}
        description={
          <Group gap="xs" component="span">
            <StateBadge state={s.state} />
            {s.determination ? (
              <>
                <Badge component="span" variant="light" color="grape">
                  {riskTierLabels[s.determination.tier]}
                </Badge>
                <Badge component="span" variant="outline" color="indigo">
                  {reviewPathwayLabels[s.determination.pathway]}
                </Badge>
              </>
            ) : (
              <Badge component="span" variant="outline" color="gray">
                Not tiered
              </Badge>
            )}
          </Group>
        }
        actions={
          <Button
            component={Link}
            to={`/portfolio/${s.systemId}`}
            variant="default"
            leftSection={<IconExternalLink size={16} aria-hidden />}
          >
            System record
          </Button>
        }
      />
      <Stack gap="lg">
        {intakeId ? (
          <Text size="sm">
            Came in through an intake
            {canManage ? (
              <>
                {' '}
                (
                <Anchor component={Link} to={`/governance/intake/${intakeId}`}>
                  open the intake
                </Anchor>
                )
              </>
            ) : null}
            .
          </Text>
        ) : null}
        <Section id="round-heading" title="Review round">
          <ReviewRoundSection state={s} userId={userId} canManage={canManage} />
        </Section>
        <Section id="lifecycle-heading" title="Lifecycle">
          <LifecyclePanel state={s} canManage={canManage} />
        </Section>
        <Section id="conditions-heading" title="Conditions">
          <ConditionsTable
            caption="Conditions of decisions on this system"
            conditions={s.conditions}
            userId={userId}
            canManage={canManage}
            showSystem={false}
          />
        </Section>
        <Section id="decisions-heading" title="Decisions">
          <DecisionsTable decisions={s.decisions} />
        </Section>
        <Section id="evidence-heading" title="Evidence">
          <Stack gap="md">
            <Group gap="xs" wrap="wrap" aria-label="Artefacts the tier requires">
              {s.artefacts
                .filter((a) => a.required)
                .map((a) => (
                  <Badge
                    key={a.artefact}
                    component="span"
                    variant="light"
                    color={a.present ? 'green' : 'red'}
                  >
                    {governanceArtefactLabels[a.artefact]}: {a.present ? 'present' : 'missing'}
                  </Badge>
                ))}
            </Group>
            <Title order={3} size="h5">
              Model card gaps
            </Title>
            <CardGapsPanel systemId={s.systemId} />
            <SystemDocuments systemId={s.systemId} canWrite={canWriteDocs} />
          </Stack>
        </Section>
        <Section id="history-heading" title="History">
          <TransitionHistory history={s.history} />
        </Section>
      </Stack>
    </>
  );
}
