import { Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { type ConditionStatus, conditionStatuses, conditionStatusLabels } from '@vigil/contracts';
import { useSearchParams } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useConditions } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { isOneOf } from '../../portfolio/options';
import { ConditionsTable } from './ConditionsTable';

/**
 * The conditions tracker: every condition of every decision for the office, one's own for
 * everyone else; filters live in the address so a view can be shared.
 */
export function ConditionsPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const canRead = hasPermission(me.data, 'governance.read');
  const canManage = hasPermission(me.data, 'governance.manage');
  const userId = me.data?.user.id ?? null;
  const status = params.get('status');
  const statusFilter: ConditionStatus | undefined = isOneOf(conditionStatuses, status)
    ? status
    : undefined;
  const onlyMine = !canRead || params.get('mine') === '1';
  const overdue = params.get('overdue') === '1';
  const conditions = useConditions({
    ...(statusFilter ? { status: statusFilter } : {}),
    ...(onlyMine && userId ? { ownerId: userId } : {}),
    ...(overdue ? { overdue: 'true' } : {}),
    pageSize: 200,
  });
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Conditions"
        description={
          canRead
            ? 'Conditions of governance decisions, open ones first and soonest due.'
            : 'Conditions of governance decisions that you own.'
        }
      />
      <Stack gap="md">
        <Group gap="lg" align="flex-end" wrap="wrap">
          <Select
            label="Status"
            data={conditionStatuses.map((s) => ({ value: s, label: conditionStatusLabels[s] }))}
            value={statusFilter ?? null}
            onChange={(v) => setParam('status', v)}
            clearable
            placeholder="Any status"
            w={200}
          />
          {canRead ? (
            <Checkbox
              label="Only conditions I own"
              checked={onlyMine}
              onChange={(e) => setParam('mine', e.currentTarget.checked ? '1' : null)}
            />
          ) : null}
          <Checkbox
            label="Only overdue"
            checked={overdue}
            onChange={(e) => setParam('overdue', e.currentTarget.checked ? '1' : null)}
          />
        </Group>
        {conditions.isPending ? <PageLoader /> : null}
        {conditions.isError ? <ErrorAlert error={conditions.error} /> : null}
        {conditions.data ? (
          <>
            <ConditionsTable
              caption={`Conditions: ${conditions.data.total}`}
              conditions={conditions.data.items}
              userId={userId}
              canManage={canManage}
              showSystem
              linkSystems={canRead}
            />
            {conditions.data.total > conditions.data.items.length ? (
              <Text size="sm" c="dimmed">
                Showing the first {conditions.data.items.length}; narrow the filters to see the
                rest.
              </Text>
            ) : null}
          </>
        ) : null}
      </Stack>
    </>
  );
}
