import {
  type GovernanceDashboardDto,
  type LifecycleState,
  type OutcomeCounts,
  decisionOutcome,
  decisionOutcomes,
  intakeStatuses,
  lifecycleState,
  lifecycleStates,
} from '@vigil/contracts';
import type { CoreDeps } from '../deps';
import { daysBetween, reReviewItems, utcDate } from './governance-committee.re-reviews';
import * as stats from './governance-committee.stats.queries';

const dayMs = 86_400_000;
const intakeWindowDays = 30;
const monthsShown = 12;

type Dashboard = GovernanceDashboardDto;

/** The governance dashboard's figures, all relative to the clock (dates in UTC). */
export async function getGovernanceDashboard(deps: CoreDeps): Promise<Dashboard> {
  const now = deps.clock.now();
  const today = utcDate(now);
  return {
    generatedAt: now.toISOString(),
    pipeline: await pipeline(deps),
    timeInStage: await timeInStage(deps, now),
    overdue: await overdue(deps, now, today),
    decisionsByMonth: await decisionsByMonth(deps, now),
    intakesByDepartment: await intakesByDepartment(deps, now),
  };
}

async function pipeline(deps: CoreDeps): Promise<Dashboard['pipeline']> {
  const systems = new Map(
    (await stats.countSystemsByState(deps.db)).map((r) => [r.lifecycle_state, Number(r.n)]),
  );
  const intakes = new Map(
    (await stats.countIntakesByStatus(deps.db)).map((r) => [r.status, Number(r.n)]),
  );
  return {
    systemsByState: lifecycleStates.map((state) => ({ state, count: systems.get(state) ?? 0 })),
    intakesByStatus: intakeStatuses.map((status) => ({ status, count: intakes.get(status) ?? 0 })),
  };
}

/** The median of sorted numbers, the mean of the middle two for an even count. */
export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

async function timeInStage(deps: CoreDeps, now: Date): Promise<Dashboard['timeInStage']> {
  const byState = new Map<LifecycleState, { days: number; id: string; name: string }[]>();
  for (const row of await stats.listSystemsWithStateEntry(deps.db)) {
    const state = lifecycleState.parse(row.lifecycle_state);
    const entered = Date.parse(row.entered_at ?? row.created_at);
    const days = Math.max(0, Math.floor((now.getTime() - entered) / dayMs));
    byState.set(state, [...(byState.get(state) ?? []), { days, id: row.id, name: row.name }]);
  }
  return lifecycleStates.flatMap((state) => {
    const systems = byState.get(state);
    if (!systems || systems.length === 0) return [];
    const sorted = [...systems].sort((a, b) => a.days - b.days || a.name.localeCompare(b.name));
    const longest = sorted.reduce((a, b) => (b.days > a.days ? b : a));
    return [
      {
        state,
        systemCount: sorted.length,
        medianDays: median(sorted.map((s) => s.days)),
        longestDays: longest.days,
        longestSystemId: longest.id,
        longestSystemName: longest.name,
      },
    ];
  });
}

async function overdue(deps: CoreDeps, now: Date, today: string): Promise<Dashboard['overdue']> {
  const conditions = await stats.listOverdueConditions(deps.db, today);
  const reviews = await stats.listOverdueReviews(deps.db, now.toISOString());
  const reReviews = (await reReviewItems(deps.db, today)).filter(
    (r) => r.isOverdue && r.openReviewId === null,
  );
  return {
    conditions: conditions.map((c) => ({
      id: c.id,
      systemId: c.system_id,
      systemName: c.system_name,
      description: c.description,
      dueDate: c.due_date,
      daysOverdue: daysBetween(c.due_date, today),
      ownerName: c.owner_name,
    })),
    reviews: reviews.flatMap((r) =>
      r.due_at === null
        ? []
        : [
            {
              id: r.id,
              systemId: r.system_id,
              systemName: r.system_name,
              round: Number(r.round),
              dueAt: r.due_at,
              daysOverdue: Math.max(0, Math.floor((now.getTime() - Date.parse(r.due_at)) / dayMs)),
            },
          ],
    ),
    reReviews: reReviews.map((r) => ({
      systemId: r.systemId,
      systemName: r.systemName,
      nextReviewDue: r.nextReviewDue,
      daysOverdue: -r.daysUntilDue,
    })),
  };
}

/** The last 12 months in UTC, oldest first, the current month included. */
export function lastMonths(now: Date, count = monthsShown): string[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(year, month - (count - 1 - i), 1)).toISOString().slice(0, 7),
  );
}

async function decisionsByMonth(deps: CoreDeps, now: Date): Promise<Dashboard['decisionsByMonth']> {
  const months = lastMonths(now);
  const empty = (): OutcomeCounts =>
    Object.fromEntries(decisionOutcomes.map((o) => [o, 0])) as OutcomeCounts;
  const counts = new Map(months.map((m) => [m, empty()]));
  for (const row of await stats.listDecisionsSince(
    deps.db,
    `${months[0] ?? ''}-01T00:00:00.000Z`,
  )) {
    const bucket = counts.get(row.decided_at.slice(0, 7));
    const outcome = decisionOutcome.safeParse(row.outcome);
    if (bucket && outcome.success) bucket[outcome.data] += 1;
  }
  return months.map((month) => {
    const byOutcome = counts.get(month) ?? empty();
    const total = decisionOutcomes.reduce((sum, o) => sum + byOutcome[o], 0);
    return { month, total, byOutcome };
  });
}

async function intakesByDepartment(
  deps: CoreDeps,
  now: Date,
): Promise<Dashboard['intakesByDepartment']> {
  const since = new Date(now.getTime() - intakeWindowDays * dayMs).toISOString();
  const rows = await stats.countIntakesByDepartmentSince(deps.db, since);
  return {
    since,
    items: rows
      .map((r) => ({ department: r.department, count: Number(r.n) }))
      .sort((a, b) => b.count - a.count || a.department.localeCompare(b.department)),
  };
}
