import type { UserDto } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countQueuedMail,
  defaultOutboxPolicy,
  type MailMessage,
  type MailTransport,
  notifyUsers,
  retryDelayMs,
  sendQueuedMail,
} from './index';

describe('the retry wait', () => {
  it('starts at a minute, doubles with each failure and stops at six hours', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8]);
    expect(retryDelayMs(20)).toBe(6 * 60 * 60_000);
  });
});

/** A fake relay that records what it delivers, fails the next sends as told, and refuses some recipients. */
function fakeRelay(failures: Error[] = [], refused: readonly string[] = []) {
  const delivered: MailMessage[] = [];
  const transport: MailTransport = {
    send: async (message) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const failure = failures.shift();
      if (failure) throw failure;
      if (refused.includes(message.to)) throw refusal('550 no such mailbox');
      delivered.push(message);
    },
  };
  return { delivered, transport };
}

function refusal(text: string): Error & { responseCode: number } {
  return Object.assign(new Error(text), { responseCode: 550 });
}

describe.each(await dialectsUnderTest())('the mail outbox on %s', (dialect) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore(dialect);
  });
  afterEach(async () => {
    await core.close();
  });

  async function queueMailFor(count: number): Promise<string[]> {
    const users: UserDto[] = [];
    for (let i = 0; i < count; i += 1) users.push(await makeUser(core));
    await core.db.transaction().execute(async (trx) => {
      await notifyUsers(
        trx,
        core,
        users.map((u) => ({
          userId: u.id,
          kind: 'decision_recorded' as const,
          title: 'Decision recorded: Sepsis Watch',
          body: 'The committee approved Sepsis Watch for a pilot.',
          link: '/portfolio/s1',
        })),
      );
    });
    return users.map((u) => u.email);
  }

  const rows = () => core.db.selectFrom('mail_outbox').selectAll().orderBy('recipient').execute();

  it('sends queued mail once', async () => {
    const recipients = await queueMailFor(2);
    const relay = fakeRelay();
    expect(await sendQueuedMail(core, relay.transport)).toEqual({
      sent: 2,
      failed: 0,
      gaveUp: 0,
      stoppedBy: null,
    });
    expect(relay.delivered.map((m) => m.to).sort()).toEqual([...recipients].sort());
    expect(relay.delivered[0]?.subject).toBe('[Vigil] Decision recorded: Sepsis Watch');
    expect((await sendQueuedMail(core, relay.transport)).sent).toBe(0);
    expect(await countQueuedMail(core)).toBe(0);
    expect((await rows()).every((r) => r.sent_at === '2026-03-02T09:00:00.000Z')).toBe(true);
  });

  it('records a failed delivery and retries it after the wait', async () => {
    await queueMailFor(1);
    const relay = fakeRelay([new Error('connect ECONNREFUSED 127.0.0.1:25')]);
    const first = await sendQueuedMail(core, relay.transport);
    expect(first).toMatchObject({ sent: 0, failed: 1 });
    expect(first.stoppedBy).toContain('ECONNREFUSED');
    expect(await rows()).toMatchObject([
      {
        attempts: 1,
        last_error: 'connect ECONNREFUSED 127.0.0.1:25',
        next_attempt_at: '2026-03-02T09:01:00.000Z',
        sent_at: null,
      },
    ]);
    expect((await sendQueuedMail(core, relay.transport)).sent).toBe(0);
    core.clock.advance(60_000);
    expect((await sendQueuedMail(core, relay.transport)).sent).toBe(1);
    expect(await rows()).toMatchObject([{ attempts: 2, last_error: null }]);
  });

  it('goes on past a refused recipient and gives up on it after the last attempt', async () => {
    const [gone] = await queueMailFor(2);
    const relay = fakeRelay([], [gone ?? '']);
    const policy = { ...defaultOutboxPolicy, maxAttempts: 2 };
    expect(await sendQueuedMail(core, relay.transport, policy)).toMatchObject({
      sent: 1,
      failed: 1,
      stoppedBy: null,
    });
    core.clock.advance(60_000);
    expect(await sendQueuedMail(core, relay.transport, policy)).toMatchObject({ gaveUp: 1 });
    core.clock.advance(24 * 60 * 60_000);
    expect((await sendQueuedMail(core, relay.transport, policy)).sent).toBe(0);
    const givenUp = (await rows()).filter((r) => r.gave_up_at !== null);
    expect(givenUp).toMatchObject([{ attempts: 2, last_error: '550 no such mailbox' }]);
    expect(await countQueuedMail(core)).toBe(0);
  });

  it('never sends a mail twice when two senders flush at once', async () => {
    await queueMailFor(3);
    const relay = fakeRelay();
    const [a, b] = await Promise.all([
      sendQueuedMail(core, relay.transport),
      sendQueuedMail(core, relay.transport),
    ]);
    expect(a.sent + b.sent).toBe(3);
    expect(relay.delivered).toHaveLength(3);
  });
});
