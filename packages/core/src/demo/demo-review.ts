import {
  type DecisionOutcome,
  type LifecycleState,
  type Role,
  aiSystemSnapshot,
} from '@vigil/contracts';
import { findUserIdByEmail } from '../accounts/index';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import {
  assignReviewer,
  decideReview,
  declareConflict,
  markConditionMet,
  openReview,
  recordReview,
  transitionSystem,
} from '../governance-review/index';
import { uploadSystemDocument } from '../portfolio-documents/index';
import { type DemoRound, type DemoSeat, demoHistories, demoRounds } from './demo-review.data';
import { demoUsers } from './demo-users';

const dayMs = 86_400_000;

/** Deps whose clock reads `daysAgo` days before `now`, so past events carry their own dates. */
function daysBefore(deps: CoreDeps, now: Date, daysAgo: number): CoreDeps {
  const at = new Date(now.getTime() - daysAgo * dayMs);
  return { ...deps, clock: { now: () => at } };
}

function dayOffset(now: Date, days: number): string {
  return new Date(now.getTime() + days * dayMs).toISOString().slice(0, 10);
}

async function demoActor(deps: CoreDeps, localPart: string): Promise<Actor> {
  const user = demoUsers.find((u) => u.email.startsWith(`${localPart}@`));
  const userId = user ? await findUserIdByEmail(deps, user.email) : undefined;
  if (!user || !userId) throw new DomainError('internal_error', `No demo user ${localPart}`);
  const roles: readonly Role[] = user.roles;
  return { userId, label: user.displayName, roles, requestId: null };
}

async function systemIdByName(deps: CoreDeps, name: string): Promise<string> {
  const row = await deps.db
    .selectFrom('ai_systems')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row) throw new DomainError('internal_error', `No demo system named ${name}`);
  return row.id;
}

/**
 * Sets where a demo system's recorded history starts. The portfolio demo registers systems in
 * their present state; their governance history is then replayed through the real services, so
 * the record and its first saved snapshot are put back to the state that history starts from.
 */
async function startHistoryAt(deps: CoreDeps, systemId: string, state: LifecycleState) {
  await deps.db
    .updateTable('ai_systems')
    .set({ lifecycle_state: state })
    .where('id', '=', systemId)
    .execute();
  const first = await deps.db
    .selectFrom('ai_system_versions')
    .select(['version', 'snapshot_json'])
    .where('system_id', '=', systemId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!first) return;
  const snapshot = aiSystemSnapshot.parse(JSON.parse(first.snapshot_json));
  await deps.db
    .updateTable('ai_system_versions')
    .set({ snapshot_json: JSON.stringify({ ...snapshot, lifecycleState: state }) })
    .where('system_id', '=', systemId)
    .where('version', '=', first.version)
    .execute();
}

/**
 * Example Health's review rounds (open ones with reviews in, one with a declared conflict), past
 * decisions with their letters, conditions open, overdue, due soon and met, and the lifecycle
 * history of systems already in use. Runs after the intake demo, whose tierings it needs.
 */
export async function seedDemoReviews(deps: CoreDeps): Promise<number> {
  const now = deps.clock.now();
  const caio = await demoActor(deps, 'amara.okafor');
  for (const round of demoRounds) await seedRound(deps, now, caio, round);
  for (const history of demoHistories) {
    const systemId = await systemIdByName(deps, history.system);
    await startHistoryAt(deps, systemId, history.startsFrom);
    for (const move of history.moves) {
      await transitionSystem(daysBefore(deps, now, move.daysAgo), caio, {
        systemId,
        to: move.to,
        reason: move.reason,
      });
    }
  }
  return demoRounds.length;
}

async function seedRound(deps: CoreDeps, now: Date, caio: Actor, round: DemoRound) {
  const systemId = await systemIdByName(deps, round.system);
  await startHistoryAt(deps, systemId, round.startsFrom);
  const review = await openReview(daysBefore(deps, now, round.openedDaysAgo), caio, {
    systemId,
    reason: round.reason,
  });
  for (const seat of round.seats) await seedSeat(deps, now, caio, review.id, round, seat);
  for (const doc of round.artefacts ?? []) {
    await uploadSystemDocument(daysBefore(deps, now, doc.daysAgo), caio, systemId, {
      filename: doc.filename,
      contentBase64: Buffer.from(doc.text, 'utf8').toString('base64'),
      artefactKind: doc.kind,
    });
  }
  if (!round.decision) return;
  const decision = await decideReview(daysBefore(deps, now, round.decision.daysAgo), caio, {
    reviewId: review.id,
    outcome: round.decision.outcome,
    rationale: round.decision.rationale,
    conditions: await Promise.all(
      round.decision.conditions.map(async (c) => ({
        description: c.description,
        ownerId: (await demoActor(deps, c.owner)).userId ?? '',
        dueDate: dayOffset(now, c.dueInDays),
        gatesState: c.gates ?? 'deployed',
      })),
    ),
    expectedVersion: review.version,
  });
  for (const c of round.decision.conditions) {
    const stored = decision.conditions.find((d) => d.description === c.description);
    if (!c.met || !stored) continue;
    await markConditionMet(
      daysBefore(deps, now, c.met.daysAgo),
      await demoActor(deps, c.owner),
      stored.id,
      {
        note: c.met.note,
        expectedVersion: stored.version,
      },
    );
  }
  for (const move of round.moves ?? []) {
    await transitionSystem(daysBefore(deps, now, move.daysAgo), caio, {
      systemId,
      to: move.to,
      reason: move.reason,
    });
  }
}

async function seedSeat(
  deps: CoreDeps,
  now: Date,
  caio: Actor,
  reviewId: string,
  round: DemoRound,
  seat: DemoSeat,
) {
  const reviewer = await demoActor(deps, seat.reviewer);
  const assignedAt = daysBefore(deps, now, Math.max(seat.daysAgo + 1, round.openedDaysAgo - 1));
  const assigned = await assignReviewer(assignedAt, caio, reviewId, {
    reviewerId: reviewer.userId ?? '',
    discipline: seat.discipline,
  });
  const at = daysBefore(deps, now, seat.daysAgo);
  if (seat.conflict !== undefined) {
    await declareConflict(at, reviewer, assigned.id, {
      note: seat.conflict,
      expectedVersion: assigned.version,
    });
    return;
  }
  if (seat.findings === undefined) return;
  const recommendation: DecisionOutcome | null = seat.recommendation ?? null;
  await recordReview(at, reviewer, assigned.id, {
    findings: seat.findings,
    concerns: seat.concerns ?? null,
    proposedConditions: seat.proposed ?? [],
    recommendation,
    submit: seat.submit ?? true,
    expectedVersion: assigned.version,
  });
}
