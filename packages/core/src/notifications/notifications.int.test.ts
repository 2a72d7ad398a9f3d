import type { Role } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateUser } from '../accounts/index';
import { listAudit } from '../audit/index';
import { type Actor, systemActor } from '../deps';
import {
  countMyUnread,
  getMyNotificationPreferences,
  listMyNotifications,
  markAllMyNotificationsRead,
  markMyNotificationRead,
  type Notice,
  notifyUsers,
  saveNotificationSettings,
  updateMyNotificationPreferences,
} from './index';

describe.each(await dialectsUnderTest())('notifications on %s', (dialect) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore(dialect);
  });
  afterEach(async () => {
    await core.close();
  });

  async function person(roles: Role[] = ['staff']): Promise<Actor & { userId: string }> {
    const user = await makeUser(core, { roles });
    return { userId: user.id, label: user.email, roles, requestId: null };
  }

  function notice(userId: string, overrides: Partial<Notice> = {}): Notice {
    return {
      userId,
      kind: 'review_assigned',
      title: 'Review assigned: Sepsis Watch',
      body: 'You are the clinical reviewer of Sepsis Watch.',
      link: '/governance/reviews/r1',
      subjectType: 'review',
      subjectId: 'r1',
      ...overrides,
    };
  }

  const notify = (notices: Notice[]) =>
    core.db.transaction().execute((trx) => notifyUsers(trx, core, notices));

  const inbox = (actor: Actor, filter: 'all' | 'unread' = 'all', page = 1, pageSize = 50) =>
    listMyNotifications(core, actor, { filter, page, pageSize });

  const outbox = () => core.db.selectFrom('mail_outbox').selectAll().orderBy('recipient').execute();

  describe('notifyUsers', () => {
    it('puts a notification in each recipient inbox with what the notice said', async () => {
      const reviewer = await person(['committee_member']);
      expect(await notify([notice(reviewer.userId)])).toEqual({ notified: 1, emailsQueued: 1 });
      const page = await inbox(reviewer);
      expect(page.total).toBe(1);
      expect(page.items[0]).toMatchObject({
        kind: 'review_assigned',
        title: 'Review assigned: Sepsis Watch',
        body: 'You are the clinical reviewer of Sepsis Watch.',
        link: '/governance/reviews/r1',
        subjectType: 'review',
        subjectId: 'r1',
        createdAt: '2026-03-02T09:00:00.000Z',
        readAt: null,
      });
    });

    it('does not tell the actor about their own action', async () => {
      const actor = await person(['caio']);
      const other = await person(['caio']);
      const outcome = await notify(
        [actor, other].map((p) => notice(p.userId, { exceptUserId: actor.userId })),
      );
      expect(outcome.notified).toBe(1);
      expect((await inbox(actor)).total).toBe(0);
      expect((await inbox(other)).total).toBe(1);
    });

    it('skips deactivated and unknown users', async () => {
      const gone = await person();
      await updateUser(core, systemActor('test'), gone.userId, {
        isActive: false,
        version: 1,
      });
      const outcome = await notify([
        notice(gone.userId),
        notice('00000000-0000-4000-8000-000000000000'),
      ]);
      expect(outcome).toEqual({ notified: 0, emailsQueued: 0 });
      expect(await outbox()).toEqual([]);
    });

    it('tells a person once when the same notice is given twice in one call', async () => {
      const owner = await person();
      await notify([notice(owner.userId), notice(owner.userId)]);
      expect((await inbox(owner)).total).toBe(1);
    });

    it('writes nothing, not even mail, when the caller transaction rolls back', async () => {
      const owner = await person();
      await expect(
        core.db.transaction().execute(async (trx) => {
          await notifyUsers(trx, core, [notice(owner.userId)]);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect((await inbox(owner)).total).toBe(0);
      expect(await outbox()).toEqual([]);
    });

    it('queues an email with a full link for people with email on and no digest', async () => {
      await saveNotificationSettings(core.db, {
        publicUrl: 'https://vigil.example-health.org',
        digestHourUtc: 7,
      });
      const wantsEmail = await person();
      const noEmail = await person();
      const digest = await person();
      await updateMyNotificationPreferences(core, noEmail, {
        emailEnabled: false,
        dailyDigest: false,
      });
      await updateMyNotificationPreferences(core, digest, {
        emailEnabled: true,
        dailyDigest: true,
      });
      const outcome = await notify([wantsEmail, noEmail, digest].map((p) => notice(p.userId)));
      expect(outcome).toEqual({ notified: 3, emailsQueued: 1 });
      const mail = await outbox();
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({
        recipient: wantsEmail.label,
        subject: '[Vigil] Review assigned: Sepsis Watch',
        sent_at: null,
        attempts: 0,
      });
      expect(mail[0]?.text_body).toContain('You are the clinical reviewer of Sepsis Watch.');
      expect(mail[0]?.text_body).toContain(
        'Open in Vigil: https://vigil.example-health.org/governance/reviews/r1',
      );
    });
  });

  describe('the inbox', () => {
    it('lists newest first, filters unread and pages', async () => {
      const me = await person();
      for (const n of [1, 2, 3]) {
        await notify([notice(me.userId, { title: `Notice ${n}`, subjectId: `s${n}` })]);
        core.clock.advance(60_000);
      }
      const all = await inbox(me);
      expect(all.items.map((i) => i.title)).toEqual(['Notice 3', 'Notice 2', 'Notice 1']);
      await markMyNotificationRead(core, me, all.items[1]?.id ?? '');
      const unread = await inbox(me, 'unread');
      expect(unread.total).toBe(2);
      expect(unread.items.map((i) => i.title)).toEqual(['Notice 3', 'Notice 1']);
      const second = await inbox(me, 'all', 2, 2);
      expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(second.items.map((i) => i.title)).toEqual(['Notice 1']);
    });

    it('counts unread, marks one read once and then all read', async () => {
      const me = await person();
      await notify([notice(me.userId, { subjectId: 'a' }), notice(me.userId, { subjectId: 'b' })]);
      expect(await countMyUnread(core, me)).toEqual({ unread: 2 });
      const [first] = (await inbox(me)).items;
      const marked = await markMyNotificationRead(core, me, first?.id ?? '');
      expect(marked.readAt).toBe('2026-03-02T09:00:00.000Z');
      core.clock.advance(60_000);
      const again = await markMyNotificationRead(core, me, first?.id ?? '');
      expect(again.readAt).toBe('2026-03-02T09:00:00.000Z');
      expect(await countMyUnread(core, me)).toEqual({ unread: 1 });
      expect(await markAllMyNotificationsRead(core, me)).toEqual({ marked: 1 });
      expect(await countMyUnread(core, me)).toEqual({ unread: 0 });
    });

    it('keeps each person to their own notifications', async () => {
      const alice = await person();
      const bob = await person();
      await notify([notice(alice.userId, { title: 'For Alice' }), notice(bob.userId)]);
      const aliceItem = (await inbox(alice)).items[0];
      expect((await inbox(bob)).items.map((i) => i.title)).not.toContain('For Alice');
      await expect(markMyNotificationRead(core, bob, aliceItem?.id ?? '')).rejects.toMatchObject({
        code: 'not_found',
      });
      expect(await markAllMyNotificationsRead(core, bob)).toEqual({ marked: 1 });
      expect(await countMyUnread(core, alice)).toEqual({ unread: 1 });
    });
  });

  describe('preferences', () => {
    it('start with email on and no digest, at the instance digest hour', async () => {
      const me = await person();
      await saveNotificationSettings(core.db, { publicUrl: null, digestHourUtc: 6 });
      expect(await getMyNotificationPreferences(core, me)).toEqual({
        emailEnabled: true,
        dailyDigest: false,
        digestHourUtc: 6,
      });
    });

    it('are saved per person with an audit entry', async () => {
      const me = await person();
      const other = await person();
      const saved = await updateMyNotificationPreferences(core, me, {
        emailEnabled: true,
        dailyDigest: true,
      });
      expect(saved).toEqual({ emailEnabled: true, dailyDigest: true, digestHourUtc: 7 });
      expect(await getMyNotificationPreferences(core, me)).toEqual(saved);
      expect((await getMyNotificationPreferences(core, other)).dailyDigest).toBe(false);
      const audit = await listAudit(core, {
        page: 1,
        pageSize: 10,
        action: 'user.notification_preferences_changed',
      });
      expect(audit.items[0]).toMatchObject({
        entityId: me.userId,
        changes: { dailyDigest: { before: false, after: true } },
      });
    });
  });
});
