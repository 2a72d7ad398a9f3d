import { Button, Paper, Stack, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useMeetings } from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { Pager } from '../../../components/Pager';
import { BackToGovernance } from './BackToGovernance';
import { CalendarFeedCard } from './CalendarFeedCard';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingsTable } from './MeetingsTable';

export function MeetingsPage() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'governance.manage');
  const navigate = useNavigate();
  const [isScheduling, setScheduling] = useState(false);
  const [pastPage, setPastPage] = useState(1);
  const upcoming = useMeetings({ when: 'upcoming', page: 1 });
  const past = useMeetings({ when: 'past', page: pastPage });

  return (
    <>
      <BackToGovernance />
      <PageHeader
        title="Committee meetings"
        description="The AI governance committee's meetings: agendas built from pending reviews, attendance and quorum, minutes and decisions."
        actions={
          canManage ? (
            <Button
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              onClick={() => setScheduling(true)}
            >
              Schedule meeting
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="lg" component="section" aria-labelledby="upcoming-title">
          <Title id="upcoming-title" order={2} size="h4" mb="sm">
            Upcoming
          </Title>
          {upcoming.isError ? <ErrorAlert error={upcoming.error} /> : null}
          {upcoming.isPending ? <PageLoader /> : null}
          {upcoming.data ? (
            <MeetingsTable
              caption="Upcoming meetings, soonest first"
              meetings={upcoming.data.items}
              emptyText="No meeting is scheduled."
            />
          ) : null}
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="past-title">
          <Title id="past-title" order={2} size="h4" mb="sm">
            Past
          </Title>
          {past.isError ? <ErrorAlert error={past.error} /> : null}
          {past.isPending ? <PageLoader /> : null}
          {past.data ? (
            <>
              <MeetingsTable
                caption="Past meetings, latest first"
                meetings={past.data.items}
                emptyText="No meeting has taken place yet."
              />
              {past.data.total > past.data.pageSize ? (
                <Pager
                  page={past.data.page}
                  total={past.data.total}
                  pageSize={past.data.pageSize}
                  onChange={setPastPage}
                />
              ) : null}
            </>
          ) : null}
        </Paper>
        <CalendarFeedCard />
      </Stack>
      {isScheduling ? (
        <MeetingFormModal
          isOpen
          onClose={() => setScheduling(false)}
          onSaved={(m) => void navigate(`/governance/meetings/${m.id}`)}
        />
      ) : null}
    </>
  );
}
