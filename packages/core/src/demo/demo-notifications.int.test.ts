import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserIdByEmail } from '../accounts/index';
import { countMyUnread, listMyNotifications } from '../notifications/index';
import { seedDemoInstitution } from './demo-seed';

describe.each(await dialectsUnderTest())('Example Health’s inboxes on %s', (dialect) => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore(dialect);
    await seedDemoInstitution(core);
  });
  afterAll(async () => {
    await core.close();
  });

  async function actorFor(email: string) {
    const userId = await findUserIdByEmail(core, email);
    if (!userId) throw new Error(`no demo user ${email}`);
    return { userId, label: email, roles: [], requestId: null };
  }

  it('gives the CAIO a few unread notifications about real records, and older ones read', async () => {
    const caio = await actorFor('amara.okafor@example-health.org');
    const { unread } = await countMyUnread(core, caio);
    expect(unread).toBeGreaterThanOrEqual(1);
    expect(unread).toBeLessThanOrEqual(4);
    const inbox = await listMyNotifications(core, caio, { filter: 'all', page: 1, pageSize: 50 });
    expect(inbox.total).toBeGreaterThan(unread);
    for (const n of inbox.items) {
      expect(n.link).toMatch(/^\/governance\//);
      if (n.readAt) expect(n.readAt >= n.createdAt).toBe(true);
    }
    const newest = inbox.items.slice(0, unread);
    expect(newest.every((n) => n.readAt === null)).toBe(true);
  });

  it('queues no email to the demo addresses', async () => {
    expect(await core.db.selectFrom('mail_outbox').selectAll().execute()).toEqual([]);
  });
});
