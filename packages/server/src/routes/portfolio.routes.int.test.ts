import { dialectsUnderTest } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

const systems = '/api/v1/portfolio/systems';
const sepsis = {
  name: 'Sepsis early warning',
  developer: 'Example Health Data Science',
  source: 'in_house',
  kind: 'predictive',
  category: 'clinical_decision_support',
};

describe.each(await dialectsUnderTest())('portfolio routes on %s', (dialect) => {
  let t: TestApp;
  let owner: SignedIn;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signInAs(['model_owner']);
  });
  afterEach(async () => {
    await t.close();
  });

  const create = async (payload: object = sepsis, as = owner) =>
    t.as(as, { method: 'POST', url: systems, payload });
  const systemCount = async () =>
    (await t.core.db.selectFrom('ai_systems').select('id').execute()).length;

  it('registers a system with 201 and reads it back with its owner’s name', async () => {
    const response = await create({ ...sepsis, clinicalOwnerId: owner.userId });
    expect(response.statusCode).toBe(201);
    const created = response.json<{ id: string }>();
    expect(created).toMatchObject({
      lifecycleState: 'proposed',
      version: 1,
      clinicalOwnerId: owner.userId,
    });
    const read = await t.as(owner, { method: 'GET', url: `${systems}/${created.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json<{ clinicalOwnerName: string }>().clinicalOwnerName).toMatch(/^Test User/);
  });

  it.each([
    ['a missing name', { ...sepsis, name: undefined }, 'body.name'],
    ['an unknown kind', { ...sepsis, kind: 'oracle' }, 'body.kind'],
    [
      'a link that is not http',
      { ...sepsis, links: [{ label: 'Card', url: 'javascript:alert(1)' }] },
      'body.links.0.url',
    ],
    [
      'a malformed clearance number',
      { ...sepsis, fdaStatus: 'cleared_510k', fdaClearanceNumber: '510k please' },
      'body.fdaClearanceNumber',
    ],
    [
      'a lifecycle state, which only governance sets',
      { ...sepsis, lifecycleState: 'deployed' },
      'body.lifecycleState',
    ],
    [
      'an owner who is not a user',
      { ...sepsis, clinicalOwnerId: '00000000-0000-4000-8000-000000000000' },
      'body.clinicalOwnerId',
    ],
  ])('rejects %s with 400 naming the field and writes nothing', async (_case, payload, path) => {
    const response = await create(payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(
      path,
    );
    expect(await systemCount()).toBe(0);
  });

  it('lets only an administrator or the CAIO register a system already deployed', async () => {
    const refused = await create({ ...sepsis, initialState: 'deployed' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      code: 'forbidden',
      errors: [{ path: 'body.initialState' }],
    });
    const caio = await t.signInAs(['caio']);
    expect((await create({ ...sepsis, initialState: 'deployed' }, caio)).json()).toMatchObject({
      lifecycleState: 'deployed',
    });
  });

  it('refuses the lifecycle state in an edit and a stale version with 409', async () => {
    const { id } = (await create()).json<{ id: string }>();
    const url = `${systems}/${id}`;
    const stateEdit = await t.as(owner, {
      method: 'PATCH',
      url,
      payload: { version: 1, lifecycleState: 'retired' },
    });
    expect(stateEdit.json()).toMatchObject({
      status: 400,
      errors: [{ path: 'body.lifecycleState' }],
    });
    expect(
      (
        await t.as(owner, { method: 'PATCH', url, payload: { version: 1, product: 'First' } })
      ).json(),
    ).toMatchObject({ version: 2 });
    const stale = await t.as(owner, {
      method: 'PATCH',
      url,
      payload: { version: 1, product: 'Second' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
  });

  it('serves the history, one version’s snapshot and the diff between versions', async () => {
    const { id } = (await create()).json<{ id: string }>();
    await t.as(owner, {
      method: 'PATCH',
      url: `${systems}/${id}`,
      payload: { version: 1, tags: ['sepsis'] },
    });
    const history = await t.as(owner, { method: 'GET', url: `${systems}/${id}/versions` });
    expect(history.json()).toMatchObject([{ version: 2, changedFields: ['tags'] }, { version: 1 }]);
    const first = await t.as(owner, { method: 'GET', url: `${systems}/${id}/versions/1` });
    expect(first.json()).toMatchObject({ version: 1, snapshot: { name: sepsis.name, tags: [] } });
    const diff = await t.as(owner, { method: 'GET', url: `${systems}/${id}/diff?from=1&to=2` });
    expect(diff.json()).toMatchObject({ changes: { tags: { before: [], after: ['sepsis'] } } });
    const missing = await t.as(owner, { method: 'GET', url: `${systems}/${id}/versions/7` });
    expect(missing.statusCode).toBe(404);
    const badRange = await t.as(owner, { method: 'GET', url: `${systems}/${id}/diff?from=0&to=x` });
    expect(badRange.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'querystring.from',
      'querystring.to',
    ]);
  });

  it('searches and filters the list and rejects an unknown filter value with 400', async () => {
    await create();
    await create({
      ...sepsis,
      name: 'PE triage',
      developer: 'Aidoc',
      kind: 'imaging',
      category: 'diagnosis',
    });
    const found = await t.as(owner, { method: 'GET', url: `${systems}?q=seps&kind=predictive` });
    expect(found.json()).toMatchObject({ total: 1, items: [{ name: sepsis.name }] });
    const bad = await t.as(owner, { method: 'GET', url: `${systems}?state=forgotten` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: 'querystring.state' }] });
  });

  it('lets a staff member read the registry but not change it', async () => {
    const staff = await t.signInAs(['staff']);
    expect((await t.as(staff, { method: 'GET', url: systems })).statusCode).toBe(200);
    expect((await create(sepsis, staff)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: systems })).statusCode).toBe(401);
  });

  it('keeps each user’s saved views to themselves', async () => {
    const staff = await t.signInAs(['staff']);
    const saved = await t.as(staff, {
      method: 'POST',
      url: '/api/v1/portfolio/views',
      payload: { name: 'Imaging', query: { kind: 'imaging' } },
    });
    expect(saved.statusCode).toBe(201);
    const again = await t.as(staff, {
      method: 'POST',
      url: '/api/v1/portfolio/views',
      payload: { name: 'Imaging', query: {} },
    });
    expect(again.json()).toMatchObject({
      status: 409,
      code: 'conflict',
      errors: [{ path: 'body.name' }],
    });
    const { id } = saved.json<{ id: string }>();
    expect((await t.as(owner, { method: 'GET', url: '/api/v1/portfolio/views' })).json()).toEqual(
      [],
    );
    expect(
      (await t.as(owner, { method: 'DELETE', url: `/api/v1/portfolio/views/${id}` })).statusCode,
    ).toBe(404);
    expect(
      (await t.as(staff, { method: 'DELETE', url: `/api/v1/portfolio/views/${id}` })).statusCode,
    ).toBe(204);
  });
});
