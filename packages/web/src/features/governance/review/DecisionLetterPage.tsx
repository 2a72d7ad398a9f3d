import { Button, Paper, Stack, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { decisionOutcomeLabels } from '@vigil/contracts';
import { Link, useParams } from 'react-router';
import { useMe } from '../../../api/useAuth';
import { useDecision } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { formatDate } from '../../../lib/format';
import { ConditionsTable } from './ConditionsTable';
import classes from './DecisionLetter.module.css';
import { LetterView } from './LetterView';

/** The decision letter as stored at decision time, printable, with its conditions as they stand. */
export function DecisionLetterPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const decision = useDecision(id);
  if (decision.isPending) return <PageLoader />;
  if (decision.isError)
    return <ErrorAlert error={decision.error} title="This decision could not be loaded" />;
  const d = decision.data;
  return (
    <>
      <PageHeader
        title={`Decision letter: ${d.systemName}`}
        description={`${decisionOutcomeLabels[d.outcome]}, round ${d.round}, ${formatDate(d.decidedAt)}`}
        actions={
          <span className={classes.noPrint} style={{ display: 'flex', gap: 8 }}>
            <Button component={Link} to={`/governance/systems/${d.systemId}`} variant="default">
              Review workspace
            </Button>
            <Button
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => window.print()}
            >
              Print
            </Button>
          </span>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="xl" className={classes.letter} maw={860}>
          <LetterView markdown={d.letterText} />
        </Paper>
        <section className={classes.noPrint} aria-labelledby="current-conditions">
          <Title order={2} size="h4" id="current-conditions" mb="sm">
            Conditions today
          </Title>
          <ConditionsTable
            caption="Where the conditions of this decision stand"
            conditions={d.conditions}
            userId={me.data?.user.id ?? null}
            canManage={me.data?.permissions.includes('governance.manage') ?? false}
            showSystem={false}
          />
        </section>
      </Stack>
    </>
  );
}
