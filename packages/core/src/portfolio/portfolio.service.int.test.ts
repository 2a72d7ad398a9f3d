import { type AiSystemCreateInput, type Role, aiSystemCreateInput } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../audit/index';
import type { Actor } from '../deps';
import {
  createAiSystem,
  diffAiSystemVersions,
  getAiSystem,
  getAiSystemVersion,
  listAiSystems,
  listAiSystemVersions,
  updateAiSystem,
} from './index';

type Overrides = Partial<Omit<AiSystemCreateInput, 'name'>>;

function input(name: string, overrides: Overrides = {}): AiSystemCreateInput {
  return aiSystemCreateInput.parse({
    developer: 'Acme Health AI',
    source: 'vendor',
    kind: 'predictive',
    category: 'clinical_decision_support',
    ...overrides,
    name,
  });
}

describe.each(await dialectsUnderTest())('portfolio records on %s', (dialect) => {
  let core: TestCore;
  let owner: Actor;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    owner = await actorWith(['model_owner']);
  });
  afterEach(async () => {
    await core.close();
  });

  async function actorWith(roles: Role[], displayName?: string): Promise<Actor> {
    const user = await makeUser(core, { roles, displayName });
    return { userId: user.id, label: user.email, roles, requestId: null };
  }

  it('registers a proposed system at version 1 with owner names and one history entry', async () => {
    const clinician = await makeUser(core, { displayName: 'Dr. Ada Byron' });
    const created = await createAiSystem(
      core,
      owner,
      input('Sepsis Watch', { clinicalOwnerId: clinician.id, tags: ['sepsis', 'sepsis'] }),
    );
    expect(created).toMatchObject({
      lifecycleState: 'proposed',
      version: 1,
      clinicalOwnerName: 'Dr. Ada Byron',
      technicalOwnerName: null,
      tags: ['sepsis'],
      fdaStatus: 'unknown',
    });
    expect(await getAiSystem(core, created.id)).toEqual(created);
    const history = await listAiSystemVersions(core, created.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      version: 1,
      changedById: owner.userId,
      changedByLabel: owner.label,
    });
    expect(history[0]?.changedFields).toContain('name');
    const audit = await listAudit(core, {
      page: 1,
      pageSize: 10,
      entityType: 'ai_system',
      entityId: created.id,
    });
    expect(audit.items).toMatchObject([
      { action: 'ai_system.created', changes: { name: { before: null, after: 'Sepsis Watch' } } },
    ]);
  });

  it('lets only an administrator or the CAIO register a system already in use', async () => {
    await expect(
      createAiSystem(core, owner, input('Legacy scorer', { initialState: 'deployed' })),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const caio = await actorWith(['caio']);
    await expect(
      createAiSystem(core, caio, input('Legacy scorer', { initialState: 'monitored' })),
    ).resolves.toMatchObject({ lifecycleState: 'monitored' });
  });

  it('rejects unknown owners and a clearance number without a clearance, naming each field', async () => {
    const bad = input('Odd record', {
      technicalOwnerId: '00000000-0000-4000-8000-000000000000',
      fdaStatus: 'not_device',
      fdaClearanceNumber: 'K241727',
    });
    await expect(createAiSystem(core, owner, bad)).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.fdaClearanceNumber' }, { path: 'body.technicalOwnerId' }],
    });
    expect((await listAiSystems(core, { page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('saves a new version with only the changed fields in history and the audit trail', async () => {
    const created = await createAiSystem(core, owner, input('Readmission risk'));
    const updated = await updateAiSystem(core, owner, created.id, {
      version: 1,
      intendedUse: 'Flag adults at high risk of 30-day readmission',
      departments: ['Case Management'],
    });
    expect(updated).toMatchObject({
      version: 2,
      departments: ['Case Management'],
      lifecycleState: 'proposed',
    });
    const [latest] = await listAiSystemVersions(core, created.id);
    expect(latest).toMatchObject({ version: 2, changedFields: ['departments', 'intendedUse'] });
    const audit = await listAudit(core, { page: 1, pageSize: 10, action: 'ai_system.updated' });
    expect(Object.keys(audit.items[0]?.changes ?? {}).sort()).toEqual([
      'departments',
      'intendedUse',
    ]);
  });

  it('refuses an edit made at a stale version and keeps the first edit', async () => {
    const created = await createAiSystem(core, owner, input('No-show predictor'));
    await updateAiSystem(core, owner, created.id, { version: 1, product: 'First edit' });
    await expect(
      updateAiSystem(core, owner, created.id, { version: 1, product: 'Second edit' }),
    ).rejects.toMatchObject({ code: 'version_conflict' });
    expect(await getAiSystem(core, created.id)).toMatchObject({
      product: 'First edit',
      version: 2,
    });
  });

  it('saves no version when an edit changes nothing', async () => {
    const created = await createAiSystem(
      core,
      owner,
      input('Staffing forecast', { kind: 'predictive' }),
    );
    const same = await updateAiSystem(core, owner, created.id, { version: 1, kind: 'predictive' });
    expect(same.version).toBe(1);
    expect(await listAiSystemVersions(core, created.id)).toHaveLength(1);
  });

  it('returns any saved version whole and the field-level diff between two versions', async () => {
    const created = await createAiSystem(
      core,
      owner,
      input('Inbox drafter', { kind: 'generative' }),
    );
    await updateAiSystem(core, owner, created.id, { version: 1, name: 'Inbox reply drafter' });
    await updateAiSystem(core, owner, created.id, {
      version: 2,
      tags: ['messages'],
      fdaStatus: 'not_device',
    });
    expect(await getAiSystemVersion(core, created.id, 1)).toMatchObject({
      version: 1,
      snapshot: { name: 'Inbox drafter', tags: [] },
    });
    const diff = await diffAiSystemVersions(core, created.id, { from: 1, to: 3 });
    expect(diff.changes).toEqual({
      name: { before: 'Inbox drafter', after: 'Inbox reply drafter' },
      tags: { before: [], after: ['messages'] },
      fdaStatus: { before: 'unknown', after: 'not_device' },
    });
    await expect(diffAiSystemVersions(core, created.id, { from: 1, to: 9 })).rejects.toMatchObject({
      code: 'not_found',
      details: [{ path: 'querystring.to' }],
    });
    await expect(
      listAiSystemVersions(core, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
