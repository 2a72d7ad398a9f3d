import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Actor, systemActor } from '../deps';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from './index';

describe.each(await dialectsUnderTest())('saved portfolio views on %s', (dialect) => {
  let core: TestCore;
  let priya: Actor;
  let ben: Actor;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    priya = await actor();
    ben = await actor();
  });
  afterEach(async () => {
    await core.close();
  });

  async function actor(): Promise<Actor> {
    const user = await makeUser(core, { roles: ['data_scientist'] });
    return { userId: user.id, label: user.email, roles: ['data_scientist'], requestId: null };
  }

  it('saves a query under a name and lists only the acting user’s views', async () => {
    const view = await createSavedView(core, priya, {
      name: 'Deployed predictors',
      query: { state: 'deployed', kind: 'predictive', sort: 'updatedAt' },
    });
    await createSavedView(core, ben, { name: 'Mine', query: { q: 'sepsis' } });
    expect(await listSavedViews(core, priya)).toEqual([view]);
    expect(view.query).toEqual({ state: 'deployed', kind: 'predictive', sort: 'updatedAt' });
  });

  it('refuses a second view with the same name for the same user, but not for another', async () => {
    await createSavedView(core, priya, { name: 'Radiology', query: { department: 'Radiology' } });
    await expect(
      createSavedView(core, priya, { name: 'Radiology', query: {} }),
    ).rejects.toMatchObject({ code: 'conflict', details: [{ path: 'body.name' }] });
    await expect(
      createSavedView(core, ben, { name: 'Radiology', query: {} }),
    ).resolves.toMatchObject({ name: 'Radiology' });
  });

  it('renames a view and replaces its query', async () => {
    const view = await createSavedView(core, priya, { name: 'Old', query: { q: 'sepsis' } });
    core.clock.advance(1000);
    const changed = await updateSavedView(core, priya, view.id, {
      name: 'New',
      query: { kind: 'imaging' },
    });
    expect(changed).toMatchObject({
      name: 'New',
      query: { kind: 'imaging' },
      createdAt: view.createdAt,
    });
    expect(changed.updatedAt > view.updatedAt).toBe(true);
  });

  it('treats another user’s view as not found when changing or deleting it', async () => {
    const view = await createSavedView(core, priya, { name: 'Private', query: {} });
    await expect(updateSavedView(core, ben, view.id, { name: 'Taken' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(deleteSavedView(core, ben, view.id)).rejects.toMatchObject({ code: 'not_found' });
    await deleteSavedView(core, priya, view.id);
    expect(await listSavedViews(core, priya)).toEqual([]);
  });

  it('refuses saved views for the system actor, which is no user', async () => {
    await expect(listSavedViews(core, systemActor())).rejects.toMatchObject({ code: 'forbidden' });
  });
});
