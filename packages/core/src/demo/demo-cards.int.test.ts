import { portfolioCompletenessQuery } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  diffModelCardVersions,
  getModelCard,
  getPortfolioCompleteness,
} from '../portfolio-cards/index';
import { seedDemoInstitution } from './demo-seed';

describe.each(await dialectsUnderTest())('Example Health’s demo model cards on %s', (dialect) => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore(dialect);
    await seedDemoInstitution(core);
  });
  afterAll(async () => {
    await core.close();
  });

  const systemNamed = async (name: string) =>
    (
      await core.db
        .selectFrom('ai_systems')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirstOrThrow()
    ).id;

  it.each([
    ['CT pulmonary embolism triage', 'Aidoc_PE-03-RT.xml'],
    ['Ambient clinical documentation', 'OrbDoc_Voice-to-SOAP.xml'],
    ['Prior authorization assistant', 'Penguin-Ai_PA-SLM.xml'],
  ])('attaches the vendor card to %s through the importer', async (name, file) => {
    const card = await getModelCard(core, await systemNamed(name));
    expect(card).toMatchObject({ cardVersion: 1, source: 'chai_xml_import', sourceFilename: file });
  });

  it('shows a spread of completeness and a card with two versions to compare', async () => {
    const report = await getPortfolioCompleteness(core, portfolioCompletenessQuery.parse({}));
    expect(report.withCard).toBe(6);
    const bandsWithCards = Object.entries(report.bands).filter(
      ([band, count]) => band !== 'no_card' && count > 0,
    );
    expect(bandsWithCards.length).toBeGreaterThanOrEqual(3);
    const diff = await diffModelCardVersions(
      core,
      await systemNamed('Clinical deterioration index'),
      { from: 1, to: 2 },
    );
    expect(diff.changes.length).toBeGreaterThan(5);
  });
});
