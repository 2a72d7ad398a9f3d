import type { CoreDeps } from '../deps';
import { scanGovernanceDueItems } from '../notifications/index';

const dayMs = 86_400_000;
/** How many of each person's newest notifications the demo leaves unread. */
const unreadKept = 4;

/**
 * Makes Example Health's inboxes look lived-in, after every other area has seeded (and told
 * people about) its records: reminders of the conditions and re-reviews that fall due today,
 * each person's newest notifications left unread and the older ones read a day after they
 * arrived. The mail those records queued is dropped: demo addresses must never get email, even
 * if a demo instance is later given an SMTP relay.
 */
export async function seedDemoNotifications(deps: CoreDeps): Promise<void> {
  const now = deps.clock.now();
  await scanGovernanceDueItems(deps, now.toISOString().slice(0, 10));
  const rows = await deps.db
    .selectFrom('notifications')
    .select(['id', 'user_id', 'created_at'])
    .where('read_at', 'is', null)
    .orderBy('user_id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const rank = (seen.get(row.user_id) ?? 0) + 1;
    seen.set(row.user_id, rank);
    if (rank <= unreadKept) continue;
    const readAt = Math.min(Date.parse(row.created_at) + dayMs, now.getTime());
    await deps.db
      .updateTable('notifications')
      .set({ read_at: new Date(readAt).toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  await deps.db.deleteFrom('mail_outbox').where('sent_at', 'is', null).execute();
}
