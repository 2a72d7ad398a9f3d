import { randomUUID } from 'node:crypto';
import {
  type AgendaItemAddInput,
  type AgendaItemUpdateInput,
  type AgendaReorderInput,
  type AgendaSuggestionDto,
  type AgendaSuggestionsQuery,
  type MeetingDto,
  type ReviewPathway,
  meetingLimits,
  reviewPathway,
  riskTier,
  tierRuleSetDefinition,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { FieldChanges } from '../audit/audit.changes';
import type { CommitteeMeetingsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import * as aq from './governance-committee.agenda.queries';
import * as q from './governance-committee.queries';
import { lockScheduledMeeting, meetingDtoOf } from './governance-committee.read';

const dayMs = 86_400_000;

/**
 * Open reviews to put on an agenda: those on no scheduled meeting's agenda, the longest
 * waiting first. With scope `meeting` (the default), only reviews whose pathway (under the
 * rule-set version they were tiered with) must be decided at a held meeting.
 */
export async function listAgendaSuggestions(
  deps: CoreDeps,
  query: AgendaSuggestionsQuery,
): Promise<AgendaSuggestionDto[]> {
  const rows = await aq.listUnscheduledOpenReviews(deps.db);
  const decidedAtMeeting = await pathwayRulesOf(
    deps.db,
    rows.map((r) => (r.rule_set_version === null ? null : Number(r.rule_set_version))),
  );
  const now = deps.clock.now().getTime();
  return rows
    .map((r) => {
      const pathway = reviewPathway.parse(r.pathway);
      const version = r.rule_set_version === null ? null : Number(r.rule_set_version);
      return {
        reviewId: r.id,
        systemId: r.system_id,
        systemName: r.system_name,
        round: Number(r.round),
        reason: r.reason,
        tier: riskTier.parse(r.tier),
        pathway,
        decidedAtMeeting: decidedAtMeeting(version, pathway),
        openedAt: r.opened_at,
        dueAt: r.due_at,
        waitingDays: Math.max(0, Math.floor((now - Date.parse(r.opened_at)) / dayMs)),
      };
    })
    .filter((s) => query.scope === 'all' || s.decidedAtMeeting);
}

/**
 * Whether a pathway is decided at a meeting under a rule-set version; a missing or unreadable
 * rule set falls back to "the full pathway is".
 */
export async function pathwayRulesOf(
  db: Db,
  versions: readonly (number | null)[],
): Promise<(version: number | null, pathway: ReviewPathway) => boolean> {
  const wanted = [...new Set(versions.filter((v): v is number => v !== null))];
  const definitions = new Map<number, ReturnType<typeof tierRuleSetDefinition.safeParse>>();
  for (const row of await aq.findRuleSetDefinitions(db, wanted)) {
    let json: unknown = null;
    try {
      json = JSON.parse(row.definition_json);
    } catch {
      json = null;
    }
    definitions.set(Number(row.version), tierRuleSetDefinition.safeParse(json));
  }
  return (version, pathway) => {
    const parsed = version === null ? undefined : definitions.get(version);
    return parsed?.success ? parsed.data.pathways[pathway].decidedAtMeeting : pathway === 'full';
  };
}

/**
 * Adds an open review, or a free-text item, at the end of a scheduled meeting's agenda.
 * A review can be on one scheduled meeting's agenda at a time.
 * @throws DomainError not_found, conflict (meeting not scheduled, review not open or already on
 * an agenda, agenda full), validation_failed (no such review)
 */
export async function addAgendaItem(
  deps: CoreDeps,
  actor: Actor,
  meetingId: string,
  input: AgendaItemAddInput,
): Promise<MeetingDto> {
  return deps.db.transaction().execute(async (trx) => {
    const meeting = await lockScheduledMeeting(trx, deps.dialect, meetingId, 'change its agenda');
    const items = await aq.listAgendaItemIds(trx, meetingId);
    if (items.length >= meetingLimits.agendaMaxItems)
      throw new DomainError(
        'conflict',
        `An agenda holds at most ${meetingLimits.agendaMaxItems} items`,
      );
    let title = input.title;
    if (input.reviewId !== undefined) {
      const review = await reviewToSchedule(trx, deps, input.reviewId);
      title ??= `${review.system_name}: review round ${Number(review.round)}`;
    }
    const row = {
      id: randomUUID(),
      meeting_id: meetingId,
      position: items.reduce((max, i) => Math.max(max, Number(i.position)), 0) + 1,
      title: title ?? '',
      review_id: input.reviewId ?? null,
      notes: input.notes ? input.notes : null,
      decision_id: null,
    };
    await aq.insertAgendaItem(trx, row);
    return agendaChanged(trx, deps, actor, meeting, 'agenda_item_added', {
      itemId: { before: null, after: row.id },
      title: { before: null, after: row.title },
      reviewId: { before: null, after: row.review_id },
      position: { before: null, after: row.position },
    });
  });
}

/**
 * Changes the title or notes of an item on a scheduled meeting's agenda.
 * @throws DomainError not_found, conflict (meeting not scheduled)
 */
export async function updateAgendaItem(
  deps: CoreDeps,
  actor: Actor,
  meetingId: string,
  itemId: string,
  input: AgendaItemUpdateInput,
): Promise<MeetingDto> {
  return deps.db.transaction().execute(async (trx) => {
    const meeting = await lockScheduledMeeting(trx, deps.dialect, meetingId, 'change its agenda');
    const item = await requireItem(trx, meetingId, itemId);
    const title = input.title ?? item.title;
    const notes = input.notes === undefined ? item.notes : input.notes ? input.notes : null;
    await aq.updateAgendaItem(trx, itemId, { title, notes });
    return agendaChanged(trx, deps, actor, meeting, 'agenda_item_updated', {
      itemId: { before: itemId, after: itemId },
      ...(title === item.title ? {} : { title: { before: item.title, after: title } }),
      ...(notes === item.notes ? {} : { notes: { before: item.notes, after: notes } }),
    });
  });
}

/**
 * Takes an item off a scheduled meeting's agenda and closes the gap in the numbering.
 * @throws DomainError not_found, conflict (meeting not scheduled, or a decision was recorded on it)
 */
export async function removeAgendaItem(
  deps: CoreDeps,
  actor: Actor,
  meetingId: string,
  itemId: string,
): Promise<MeetingDto> {
  return deps.db.transaction().execute(async (trx) => {
    const meeting = await lockScheduledMeeting(trx, deps.dialect, meetingId, 'change its agenda');
    const item = await requireItem(trx, meetingId, itemId);
    if (item.decision_id !== null)
      throw new DomainError(
        'conflict',
        'A decision was recorded on this item; it stays on the agenda',
      );
    await aq.deleteAgendaItem(trx, itemId);
    await renumber(
      trx,
      (await aq.listAgendaItemIds(trx, meetingId)).map((i) => i.id),
    );
    return agendaChanged(trx, deps, actor, meeting, 'agenda_item_removed', {
      itemId: { before: item.id, after: null },
      title: { before: item.title, after: null },
      reviewId: { before: item.review_id, after: null },
    });
  });
}

/**
 * Puts the agenda in a new order; the list must name every item once.
 * @throws DomainError not_found, conflict (meeting not scheduled, or the agenda changed since it
 * was read), validation_failed (an item twice)
 */
export async function reorderAgenda(
  deps: CoreDeps,
  actor: Actor,
  meetingId: string,
  input: AgendaReorderInput,
): Promise<MeetingDto> {
  if (new Set(input.itemIds).size !== input.itemIds.length)
    throw new DomainError('validation_failed', 'Each agenda item may appear once', {
      details: [{ path: 'body.itemIds', message: 'must not repeat an item' }],
    });
  return deps.db.transaction().execute(async (trx) => {
    const meeting = await lockScheduledMeeting(trx, deps.dialect, meetingId, 'change its agenda');
    const current = (await aq.listAgendaItemIds(trx, meetingId)).map((i) => i.id);
    const wanted = new Set(input.itemIds);
    if (current.length !== wanted.size || current.some((id) => !wanted.has(id)))
      throw new DomainError(
        'conflict',
        'The agenda changed since you read it; reload and put the items in order again',
      );
    await renumber(trx, input.itemIds);
    return agendaChanged(trx, deps, actor, meeting, 'agenda_reordered', {
      order: { before: current, after: input.itemIds },
    });
  });
}

async function reviewToSchedule(trx: Db, deps: CoreDeps, reviewId: string) {
  const review = await aq.lockReview(trx, deps.dialect, reviewId);
  if (!review)
    throw new DomainError('validation_failed', 'No review has this id', {
      details: [{ path: 'body.reviewId', message: 'must be the id of an open review' }],
    });
  if (review.status !== 'open')
    throw new DomainError(
      'conflict',
      `This review is ${review.status}; only open reviews go on an agenda`,
    );
  const scheduled = await aq.findScheduledAgendaOfReview(trx, reviewId);
  if (scheduled)
    throw new DomainError(
      'conflict',
      `This review is already on the agenda of “${scheduled.title}” (${scheduled.starts_at.slice(0, 10)})`,
    );
  return review;
}

async function requireItem(trx: Db, meetingId: string, itemId: string) {
  const item = await aq.findAgendaItem(trx, meetingId, itemId);
  if (!item) throw new DomainError('not_found', 'This meeting has no agenda item with this id');
  return item;
}

async function renumber(trx: Db, orderedIds: readonly string[]): Promise<void> {
  for (const [index, id] of orderedIds.entries())
    await aq.updateAgendaItem(trx, id, { position: index + 1 });
}

async function agendaChanged(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  meeting: CommitteeMeetingsTable,
  action: string,
  changes: FieldChanges,
): Promise<MeetingDto> {
  const at = deps.clock.now();
  await q.touchMeeting(trx, meeting.id, at.toISOString());
  await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
    action: `committee_meeting.${action}`,
    entityType: 'committee_meeting',
    entityId: meeting.id,
    changes,
  });
  return meetingDtoOf(trx, deps.dialect, { ...meeting, updated_at: at.toISOString() });
}
