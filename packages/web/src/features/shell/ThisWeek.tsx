import { SimpleGrid, Text, Title } from '@mantine/core';
import type { MeResponse } from '@vigil/contracts';
import { hasPermission } from '../../api/useAuth';
import { ConditionsDueBlock, MyConditionsBlock } from './ThisWeekConditions';
import {
  IntakesByDepartmentBlock,
  NextMeetingBlock,
  OverdueReviewsBlock,
  TriageBlock,
} from './ThisWeekOffice';
import {
  MyReviewSeatsBlock,
  MySubmissionsBlock,
  UnreadNotificationsBlock,
} from './ThisWeekPersonal';

/**
 * "What needs me this week": one card per kind of work the signed-in person can act on, each
 * shown only when their permissions allow it (the server enforces them regardless).
 */
export function ThisWeek({ me }: { me: MeResponse }) {
  const isOffice = hasPermission(me, 'governance.manage');
  const isReviewer = hasPermission(me, 'governance.review');
  const canSubmit = hasPermission(me, 'governance.submit');
  return (
    <section aria-labelledby="home-this-week">
      <Title id="home-this-week" order={2} size="h4" mb={4}>
        This week
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        What is waiting for you now, from every area your roles reach.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {isOffice ? <TriageBlock /> : null}
        {isOffice ? <ConditionsDueBlock /> : null}
        {isOffice || isReviewer ? <NextMeetingBlock /> : null}
        {isOffice ? <OverdueReviewsBlock /> : null}
        {isOffice ? <IntakesByDepartmentBlock /> : null}
        {isReviewer ? <MyReviewSeatsBlock /> : null}
        {canSubmit ? <MySubmissionsBlock /> : null}
        <MyConditionsBlock userId={me.user.id} />
        <UnreadNotificationsBlock />
      </SimpleGrid>
    </section>
  );
}
