import { type DsiType, aiSystemCreateInput, portfolioCompletenessQuery } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../audit/index';
import { systemActor } from '../deps';
import { assessModelCardCompleteness } from '../model-card/index';
import { minimalCard, rejectionOf } from '../model-card/model-card.test-fixtures';
import { createAiSystem } from '../portfolio/index';
import {
  diffModelCardVersions,
  getModelCard,
  getModelCardVersion,
  getPortfolioCompleteness,
  listModelCardVersions,
  saveModelCard,
} from './index';

const actor = systemActor('test');

describe.each(await dialectsUnderTest())(
  'model card versions and completeness on %s',
  (dialect) => {
    let core: TestCore;
    beforeEach(async () => {
      core = await createTestCore(dialect);
    });
    afterEach(async () => {
      await core.close();
    });

    const newSystem = async (name: string, dsiType: DsiType = 'predictive') =>
      createAiSystem(
        core,
        actor,
        aiSystemCreateInput.parse({
          name,
          developer: 'Acme',
          source: 'in_house',
          kind: 'predictive',
          category: 'operational',
          dsiType,
        }),
      );
    const cardCount = async () =>
      (await core.db.selectFrom('model_cards').select('id').execute()).length;

    it('saves edited cards as versions 1, 2, … and answers 404 before the first', async () => {
      const system = await newSystem('Readmission risk');
      expect(await rejectionOf(() => getModelCard(core, system.id))).toMatchObject({
        code: 'not_found',
        message: 'This AI system has no model card yet',
      });
      await saveModelCard(core, actor, system.id, { card: minimalCard(), basedOnVersion: 0 });
      const edited = {
        ...minimalCard(),
        modelSummary: { summary: 'Now with a summary', keywords: ['readmission'] },
      };
      const second = await saveModelCard(core, actor, system.id, {
        card: edited,
        basedOnVersion: 1,
      });
      expect(second).toMatchObject({ cardVersion: 2, source: 'manual', createdByLabel: 'test' });
      expect((await getModelCard(core, system.id)).card).toEqual(edited);
      expect((await getModelCardVersion(core, system.id, 1)).card).toEqual(minimalCard());
      expect((await listModelCardVersions(core, system.id)).map((v) => v.cardVersion)).toEqual([
        2, 1,
      ]);
    });

    it('refuses a save based on a stale card version with version_conflict and stores nothing', async () => {
      const system = await newSystem('Readmission risk');
      await saveModelCard(core, actor, system.id, { card: minimalCard(), basedOnVersion: 0 });
      await saveModelCard(core, actor, system.id, { card: minimalCard(), basedOnVersion: 1 });
      const error = await rejectionOf(() =>
        saveModelCard(core, actor, system.id, { card: minimalCard(), basedOnVersion: 1 }),
      );
      expect(error).toMatchObject({
        code: 'version_conflict',
        details: [{ path: 'body.basedOnVersion' }],
      });
      expect(await cardCount()).toBe(2);
    });

    it('lists the changed fields between two versions and in the audit entry', async () => {
      const system = await newSystem('Readmission risk');
      await saveModelCard(core, actor, system.id, { card: minimalCard(), basedOnVersion: 0 });
      const base = minimalCard();
      await saveModelCard(core, actor, system.id, {
        card: { ...base, releaseInfo: { ...base.releaseInfo, releaseVersion: '2.0' } },
        basedOnVersion: 1,
      });
      const diff = await diffModelCardVersions(core, system.id, { from: 1, to: 2 });
      expect(diff.changes).toEqual([
        expect.objectContaining({
          path: 'releaseInfo.releaseVersion',
          change: 'changed',
          before: '1.0',
          after: '2.0',
        }),
      ]);
      const audit = await listAudit(core, { page: 1, pageSize: 1, action: 'model_card.saved' });
      expect(audit.items[0]?.changes.changedFields).toEqual({
        before: null,
        after: ['releaseInfo.releaseVersion'],
      });
      expect(
        await rejectionOf(() => diffModelCardVersions(core, system.id, { from: 1, to: 3 })),
      ).toMatchObject({ code: 'not_found', details: [{ path: 'querystring.to' }] });
    });

    it.each([
      ['predictive', 31, false],
      ['evidence_based', 13, false],
      ['not_dsi', 31, true],
      ['unknown', 31, true],
    ] as const)(
      'assesses a %s system’s card against %i HTI-1 attributes (assumed: %s)',
      async (dsiType, attributes, assumed) => {
        const system = await newSystem('Any', dsiType);
        const saved = await saveModelCard(core, actor, system.id, {
          card: minimalCard(),
          basedOnVersion: 0,
        });
        expect(saved.completeness.hti1.total).toBe(attributes);
        expect(saved.dsiTypeAssumed).toBe(assumed);
        expect(saved.completeness).toEqual(
          assessModelCardCompleteness(minimalCard(), assumed ? 'predictive' : dsiType),
        );
      },
    );

    it('reports each system’s percentages and counts systems per band, least complete first', async () => {
      const full = await newSystem('Full card');
      const evidence = await newSystem('Evidence card', 'evidence_based');
      const partial = await newSystem('Partial card');
      await newSystem('No card');
      await saveModelCard(core, actor, full.id, { card: minimalCard(), basedOnVersion: 0 });
      await saveModelCard(core, actor, evidence.id, { card: minimalCard(), basedOnVersion: 0 });
      const base = minimalCard();
      const sparse = {
        ...base,
        warnings: {
          knownRisksAndLimitations: '',
          knownBiasesOrEthicalConsiderations: '',
          clinicalRiskLevel: '',
        },
        bibliography: '',
      };
      await saveModelCard(core, actor, partial.id, { card: sparse, basedOnVersion: 0 });

      const report = await getPortfolioCompleteness(core, portfolioCompletenessQuery.parse({}));
      const expected = (type: 'predictive' | 'evidence_based', card = base) =>
        assessModelCardCompleteness(card, type).overall.percent;
      expect(report.systems.map((s) => [s.name, s.overall])).toEqual(
        [
          ['No card', null],
          ['Partial card', expected('predictive', sparse)],
          ['Full card', expected('predictive')],
          ['Evidence card', expected('evidence_based')],
        ].sort((a, b) => Number(a[1] ?? -1) - Number(b[1] ?? -1)),
      );
      expect(report).toMatchObject({ total: 4, withCard: 3 });
      expect(Object.values(report.bands).reduce((a, b) => a + b, 0)).toBe(4);
      expect(report.bands.no_card).toBe(1);
      const filtered = await getPortfolioCompleteness(
        core,
        portfolioCompletenessQuery.parse({ q: 'evidence' }),
      );
      expect(filtered.systems.map((s) => s.systemId)).toEqual([evidence.id]);
    });
  },
);
