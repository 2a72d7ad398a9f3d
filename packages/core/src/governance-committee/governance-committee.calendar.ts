import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  type CalendarFeedDto,
  type CalendarFeedSecretDto,
  api,
  rolesGrant,
} from '@vigil/contracts';
import { parseRoles } from '../accounts/accounts.mappers';
import { appendAudit } from '../audit/index';
import type { CommitteeMeetingsTable } from '../db/schema';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { type IcsEvent, buildCalendar } from './governance-committee.ics';
import * as aq from './governance-committee.agenda.queries';
import * as q from './governance-committee.queries';
import * as feeds from './governance-committee.feeds.queries';
import { noMeeting } from './governance-committee.read';

const calendarName = 'AI governance committee';
const feedHistoryDays = 365;
const lastUsedResolutionMs = 3_600_000;
const tokenPattern = /^vcal_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

/** Every meeting of the past year and the future as one iCalendar file. */
export async function meetingsCalendar(deps: CoreDeps): Promise<string> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - feedHistoryDays * 86_400_000).toISOString();
  const rows = await q.listMeetingsSince(deps.db, since);
  return calendarOf(deps, rows, now);
}

/**
 * One meeting as an iCalendar file.
 * @throws DomainError not_found
 */
export async function meetingCalendar(deps: CoreDeps, id: string): Promise<string> {
  const row = await q.findMeeting(deps.db, id);
  if (!row) throw noMeeting();
  return calendarOf(deps, [row], deps.clock.now());
}

/**
 * The meetings feed for a personal feed token, for calendar apps without a session. Anything
 * but a valid token of an active user who may read governance is not found; the secret is
 * compared in constant time.
 * @throws DomainError not_found
 */
export async function calendarOfFeedToken(deps: CoreDeps, token: string): Promise<string> {
  const match = tokenPattern.exec(token);
  const feedId = match?.[1] ? uuidOf(match[1]) : null;
  const row = feedId ? await feeds.findFeedWithUser(deps.db, feedId) : undefined;
  const given = Buffer.from(hashSecret(match?.[2] ?? ''), 'hex');
  const stored = Buffer.from(row?.secret_hash ?? '0'.repeat(64), 'hex');
  const secretMatches = given.length === stored.length && timingSafeEqual(given, stored);
  if (
    !row ||
    !secretMatches ||
    Number(row.is_active) !== 1 ||
    !rolesGrant(parseRoles(row.roles_json), 'governance.read')
  )
    throw new DomainError('not_found', 'No calendar feed has this address');
  const now = deps.clock.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > lastUsedResolutionMs)
    await feeds.markFeedUsed(deps.db, row.id, now.toISOString());
  return meetingsCalendar(deps);
}

/** Whether the actor has a personal feed address, and when it was last read. */
export async function getMyCalendarFeed(deps: CoreDeps, actor: Actor): Promise<CalendarFeedDto> {
  const row = await feeds.findFeedOfUser(deps.db, requireUser(actor));
  return {
    active: row !== undefined,
    createdAt: row?.created_at ?? null,
    lastUsedAt: row?.last_used_at ?? null,
  };
}

/**
 * Creates the actor's personal feed address, replacing any earlier one (which stops working).
 * The token is returned once; only its hash is kept.
 * @throws DomainError unauthenticated (no user behind the actor)
 */
export async function createCalendarFeed(
  deps: CoreDeps,
  actor: Actor,
): Promise<CalendarFeedSecretDto> {
  const userId = requireUser(actor);
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  const token = `vcal_${id.replace(/-/g, '')}_${secret}`;
  return deps.db.transaction().execute(async (trx) => {
    const at = deps.clock.now();
    await feeds.lockUser(trx, deps.dialect, userId);
    const replaced = await feeds.deleteFeedOfUser(trx, userId);
    await feeds.insertFeed(trx, {
      id,
      user_id: userId,
      secret_hash: hashSecret(secret),
      created_at: at.toISOString(),
      last_used_at: null,
    });
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: replaced ? 'calendar_feed.rotated' : 'calendar_feed.created',
      entityType: 'user',
      entityId: userId,
      changes: { feedId: { before: null, after: id } },
    });
    return {
      token,
      path: api.governanceCommittee.personalCalendar.path.replace(':token', token),
      createdAt: at.toISOString(),
    };
  });
}

/** Turns off the actor's personal feed address; doing it again changes nothing. */
export async function revokeCalendarFeed(deps: CoreDeps, actor: Actor): Promise<void> {
  const userId = requireUser(actor);
  await deps.db.transaction().execute(async (trx) => {
    await feeds.lockUser(trx, deps.dialect, userId);
    if (!(await feeds.deleteFeedOfUser(trx, userId))) return;
    await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
      action: 'calendar_feed.revoked',
      entityType: 'user',
      entityId: userId,
    });
  });
}

async function calendarOf(
  deps: CoreDeps,
  rows: readonly CommitteeMeetingsTable[],
  now: Date,
): Promise<string> {
  const agenda = await aq.listAgenda(
    deps.db,
    rows.map((r) => r.id),
  );
  const events: IcsEvent[] = rows.map((row) => {
    const items = agenda.filter((i) => i.meeting_id === row.id);
    const lines = items.map((i) => `${Number(i.position)}. ${i.title}`);
    const description = [
      row.status === 'cancelled' ? 'This meeting is cancelled.' : null,
      lines.length > 0 ? `Agenda:\n${lines.join('\n')}` : 'Agenda: to be set.',
      `Quorum: ${Number(row.quorum)} members present.`,
    ]
      .filter((l): l is string => l !== null)
      .join('\n\n');
    return {
      uid: `${row.id}@vigil`,
      sequence: Number(row.version) - 1,
      start: row.starts_at,
      end: row.ends_at,
      summary: row.title,
      location: row.location,
      description,
      status: row.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      lastModified: row.updated_at,
    };
  });
  return buildCalendar({ name: calendarName, events, stamp: now.toISOString() });
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function uuidOf(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function requireUser(actor: Actor): string {
  if (actor.userId === null)
    throw new DomainError('unauthenticated', 'A calendar feed belongs to a signed-in person');
  return actor.userId;
}
