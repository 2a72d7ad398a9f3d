import { type PortfolioListQuery, aiSystemCreateInput, portfolioListQuery } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../deps';
import { createAiSystem, listAiSystems, updateAiSystem } from './index';

const portfolio = [
  {
    name: 'Épic Sepsis Model',
    developer: 'Epic Systems',
    kind: 'predictive',
    category: 'clinical_decision_support',
    tags: ['sepsis', 'icu'],
    initialState: 'deployed',
    sites: ['Main Campus'],
  },
  {
    name: 'Sepsis-3 Early Warning',
    developer: 'Example Health Data Science',
    source: 'in_house',
    kind: 'predictive',
    category: 'clinical_decision_support',
    departments: ['ICU', 'Emergency'],
    intendedUse: 'Predicts sepsis onset in adult inpatients',
  },
  {
    name: 'BriefCase PE Triage',
    developer: 'Aidoc',
    kind: 'imaging',
    category: 'diagnosis',
    departments: ['Radiology'],
    fdaStatus: 'cleared_510k',
    fdaClearanceNumber: 'K241727',
    initialState: 'monitored',
    sites: ['Main Campus', 'North Hospital'],
  },
  {
    name: 'Voice-to-SOAP',
    developer: 'OrbDoc',
    kind: 'generative',
    category: 'documentation',
    intendedUse: 'Drafts SOAP notes from recorded visits',
  },
  {
    name: 'PA-SLM prior authorization',
    developer: 'Penguin Ai',
    kind: 'generative',
    category: 'administrative',
    departments: ['Revenue Cycle'],
  },
  {
    name: 'patient symptom checker',
    developer: 'Acme Chat',
    kind: 'agentic',
    category: 'patient_facing',
    tags: ['chatbot'],
    sites: ['North Hospital'],
  },
] as const;

describe.each(await dialectsUnderTest())('portfolio search and listing on %s', (dialect) => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore(dialect);
    for (const system of portfolio) {
      core.clock.advance(60_000);
      await createAiSystem(
        core,
        systemActor('test'),
        aiSystemCreateInput.parse({ source: 'vendor', ...system }),
      );
    }
  });
  afterAll(async () => {
    await core.close();
  });

  const names = async (query: Partial<PortfolioListQuery>) =>
    (await listAiSystems(core, portfolioListQuery.parse(query))).items.map((s) => s.name);

  it.each([
    ['a word prefix', 'seps', ['Épic Sepsis Model', 'Sepsis-3 Early Warning']],
    ['every word, in any field', 'sepsis icu', ['Épic Sepsis Model']],
    ['accents and case ignored', 'ÉPIC', ['Épic Sepsis Model']],
    ['the intended use', 'inpatient', ['Sepsis-3 Early Warning']],
    ['a clearance number prefix', 'k2417', ['BriefCase PE Triage']],
    ['words split at punctuation', 'voice-to-soap', ['Voice-to-SOAP']],
    ['digits as words', 'sepsis-3', ['Sepsis-3 Early Warning']],
    ['a tag', 'chatbot', ['patient symptom checker']],
    ['query syntax as plain words', '"sepsis" OR *', []],
    ['SQL as plain words', "'; drop table ai_systems; --", []],
  ])('finds by %s', async (_case, q, expected) => {
    expect(await names({ q })).toEqual(expected);
  });

  it('lists everything when the search has no letters or digits', async () => {
    expect(await names({ q: '%_*"' })).toHaveLength(portfolio.length);
  });

  it.each([
    ['state', { state: 'deployed' }, ['Épic Sepsis Model']],
    ['kind', { kind: 'generative' }, ['PA-SLM prior authorization', 'Voice-to-SOAP']],
    ['category', { category: 'diagnosis' }, ['BriefCase PE Triage']],
    ['department, as a whole entry', { department: 'ICU' }, ['Sepsis-3 Early Warning']],
    ['department prefix, which is not an entry', { department: 'IC' }, []],
    ['site', { site: 'North Hospital' }, ['BriefCase PE Triage', 'patient symptom checker']],
    ['developer', { developer: 'Aidoc' }, ['BriefCase PE Triage']],
    ['FDA status', { fdaStatus: 'cleared_510k' }, ['BriefCase PE Triage']],
    ['search and filter together', { q: 'sepsis', state: 'proposed' }, ['Sepsis-3 Early Warning']],
  ] as const)('filters by %s', async (_case, filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });

  it('orders by name by code point after lower-casing, the same on both dialects', async () => {
    expect(await names({})).toEqual([
      'BriefCase PE Triage',
      'Épic Sepsis Model',
      'PA-SLM prior authorization',
      'patient symptom checker',
      'Sepsis-3 Early Warning',
      'Voice-to-SOAP',
    ]);
  });

  it('orders by lifecycle state and by last change, newest first by default', async () => {
    expect((await names({ sort: 'state' })).slice(-2)).toEqual([
      'Épic Sepsis Model',
      'BriefCase PE Triage',
    ]);
    expect((await names({ sort: 'updatedAt' }))[0]).toBe('patient symptom checker');
    expect((await names({ sort: 'updatedAt', order: 'asc' }))[0]).toBe('Épic Sepsis Model');
  });

  it('pages through the results with the total', async () => {
    const page = await listAiSystems(core, portfolioListQuery.parse({ pageSize: 2, page: 2 }));
    expect(page).toMatchObject({ total: portfolio.length, page: 2, pageSize: 2 });
    expect(page.items.map((s) => s.name)).toEqual([
      'PA-SLM prior authorization',
      'patient symptom checker',
    ]);
  });

  it('keeps the search index in step with edits', async () => {
    const [system] = (await listAiSystems(core, portfolioListQuery.parse({ q: 'voice' }))).items;
    if (!system) throw new Error('fixture missing');
    await updateAiSystem(core, systemActor('test'), system.id, {
      version: system.version,
      name: 'Ambient scribe',
    });
    expect(await names({ q: 'voice' })).toEqual([]);
    expect(await names({ q: 'ambient' })).toEqual(['Ambient scribe']);
    await updateAiSystem(core, systemActor('test'), system.id, {
      version: system.version + 1,
      name: 'Voice-to-SOAP',
    });
  });
});
