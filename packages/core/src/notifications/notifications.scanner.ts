import { type NotificationKind, lifecycleStateLabels, lifecycleState } from '@vigil/contracts';
import type { CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { type Notice, notifyUsers } from './notifications.notify';
import * as q from './notifications.queries';
import * as scan from './notifications.scan.queries';

/** How many days ahead a condition or re-review counts as due soon. */
export const dueSoonDays = 7;

/** What one scan told: items per kind (each told at most once a day). */
export interface ScanOutcome {
  conditionDue: number;
  conditionOverdue: number;
  reReviewDue: number;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 24 * 60 * 60_000;

/**
 * Tells condition owners about their open conditions due within seven days (`condition_due`)
 * and past due (`condition_overdue`), and the CAIO office about re-reviews due within seven days
 * or past due (`re_review_due`) on systems whose latest decision set them and that have no open
 * review. Idempotent: each item is told under each kind at most once per day, recorded in the
 * same transaction as the notifications, so reruns and concurrent runs tell nobody twice.
 * @throws DomainError validation_failed when `today` is not a YYYY-MM-DD date
 */
export async function scanGovernanceDueItems(deps: CoreDeps, today: string): Promise<ScanOutcome> {
  if (!datePattern.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)))
    throw new DomainError('validation_failed', `"${today}" is not a YYYY-MM-DD date`);
  const until = addDays(today, dueSoonDays);
  const outcome: ScanOutcome = { conditionDue: 0, conditionOverdue: 0, reReviewDue: 0 };

  for (const c of await scan.listOpenConditionsDueBy(deps.db, until)) {
    if (c.owner_id === null) continue;
    const overdue = c.due_date < today;
    const kind: NotificationKind = overdue ? 'condition_overdue' : 'condition_due';
    const when = overdue
      ? `was due on ${c.due_date} (${days(daysBetween(c.due_date, today))} ago)`
      : c.due_date === today
        ? 'is due today'
        : `is due on ${c.due_date} (in ${days(daysBetween(today, c.due_date))})`;
    const told = await tellOnce(deps, { kind, subjectId: c.id, today }, [
      {
        userId: c.owner_id,
        kind,
        title: `${overdue ? 'Overdue' : 'Due soon'}: a condition on ${c.system_name}`,
        body: `The condition "${c.description}" ${when}. It must be met before ${c.system_name} can move to ${stateLabel(c.gates_state)}.`,
        link: '/governance/conditions',
        subjectType: 'governance_condition',
        subjectId: c.id,
      },
    ]);
    if (told && overdue) outcome.conditionOverdue += 1;
    else if (told) outcome.conditionDue += 1;
  }

  const office = await scan.listActiveUserIdsWithRole(deps.db, deps.dialect, 'caio');
  if (office.length === 0) return outcome;
  for (const d of await scan.listReReviewsDueBy(deps.db, until)) {
    const due = d.next_review_due ?? today;
    const when =
      due < today ? `was due on ${due}` : due === today ? 'is due today' : `is due on ${due}`;
    const told = await tellOnce(
      deps,
      { kind: 're_review_due', subjectId: d.id, today },
      office.map((userId) => ({
        userId,
        kind: 're_review_due' as const,
        title: `Re-review ${due < today ? 'overdue' : 'due'}: ${d.system_name}`,
        body: `The re-review of ${d.system_name} set by its last decision ${when}. No review is open for it yet.`,
        link: systemLink(d.system_id),
        subjectType: 'governance_decision',
        subjectId: d.id,
      })),
    );
    if (told) outcome.reReviewDue += 1;
  }
  return outcome;
}

/** Notifies unless this item was already told under this kind today; true when it told now. */
async function tellOnce(
  deps: CoreDeps,
  key: { kind: NotificationKind; subjectId: string; today: string },
  notices: Notice[],
): Promise<boolean> {
  return deps.db.transaction().execute(async (trx: Db) => {
    const fresh = await q.recordScan(trx, {
      kind: key.kind,
      subjectId: key.subjectId,
      day: key.today,
      recipients: notices.length,
      at: deps.clock.now().toISOString(),
    });
    if (!fresh) return false;
    await notifyUsers(trx, deps, notices);
    return true;
  });
}

function systemLink(systemId: string): string {
  return `/governance/systems/${systemId}`;
}

function stateLabel(state: string): string {
  const parsed = lifecycleState.safeParse(state);
  return parsed.success ? lifecycleStateLabels[parsed.data].toLowerCase() : state;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}
