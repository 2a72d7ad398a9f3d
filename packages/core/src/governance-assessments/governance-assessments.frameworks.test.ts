import { frameworkKeys } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import {
  allFrameworks,
  crosswalkFileData,
  frameworkFiles,
  frameworkOf,
  mappedItemsOf,
  parseCrosswalk,
  parseFramework,
} from './governance-assessments.frameworks';

const frameworks = frameworkFiles.map(parseFramework);
const crosswalk = parseCrosswalk(crosswalkFileData);

function countBy<T>(values: readonly T[], keyOf: (value: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[keyOf(value)] = (counts[keyOf(value)] ?? 0) + 1;
  return counts;
}

describe('framework data files', () => {
  it('holds one file for each framework key', () => {
    expect(frameworks.map((f) => f.summary.key).sort()).toEqual([...frameworkKeys].sort());
  });

  it.each(frameworks.map((f) => [f.summary.key, f] as const))(
    '%s has unique keys, groups that exist, and items only in innermost groups',
    (_key, framework) => {
      const { groups, items, levels } = framework.dto;
      const keys = [...groups.map((g) => g.key), ...items.map((i) => i.key)];
      expect(new Set(keys).size).toBe(keys.length);
      for (const group of groups) {
        if (levels.length === 1) expect(group.parent).toBeNull();
        else if (group.parent !== null)
          expect(framework.groupsByKey.get(group.parent)?.parent).toBeNull();
      }
      const parents = new Set(groups.map((g) => g.parent));
      for (const item of items) {
        const group = framework.groupsByKey.get(item.group);
        expect(group, item.key).toBeDefined();
        expect(parents.has(item.group), `${item.key} sits in an inner group`).toBe(false);
        if (levels.length === 2) expect(group?.parent, item.key).not.toBeNull();
      }
      const leafGroups = groups.filter((g) => !parents.has(g.key));
      for (const group of leafGroups)
        expect(
          items.some((i) => i.group === group.key),
          `${group.key} has items`,
        ).toBe(true);
    },
  );

  it('never reuses an item key across frameworks, so the crosswalk can name items alone', () => {
    const keys = frameworks.flatMap((f) => f.dto.items.map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('prefixes every key with its framework, as the reference conventions ask', () => {
    const prefixes: Record<string, RegExp> = {
      nist_ai_rmf: /^nist_(govern|map|measure|manage)(_\d+){0,2}$/,
      ruaih: /^ruaih_[a-z_]+$/,
      hti1_irm: /^hti1_irm_[a-z_]+$/,
      chai_principles: /^chai_[a-z_]+$/,
      chai_lifecycle: /^chai_(chk_\d_\d|stage_[a-z_]+)$/,
    };
    for (const framework of frameworks) {
      const pattern = prefixes[framework.summary.key];
      for (const { key } of [...framework.dto.groups, ...framework.dto.items])
        expect(key).toMatch(pattern ?? /^$/);
    }
  });

  it('carries NIST AI RMF 1.0 whole: 4 functions, 19 categories and 72 subcategories', () => {
    const nist = frameworkOf('nist_ai_rmf');
    const functions = nist.dto.groups.filter((g) => g.parent === null);
    const categories = nist.dto.groups.filter((g) => g.parent !== null);
    expect(functions.map((f) => f.ref)).toEqual(['GOVERN', 'MAP', 'MEASURE', 'MANAGE']);
    expect(categories).toHaveLength(19);
    expect(nist.dto.items).toHaveLength(72);
    expect(countBy(categories, (c) => c.parent ?? '')).toEqual({
      nist_govern: 6,
      nist_map: 5,
      nist_measure: 4,
      nist_manage: 4,
    });
    expect(countBy(nist.dto.items, (i) => nist.topGroupOf(i.key).ref)).toEqual({
      GOVERN: 19,
      MAP: 18,
      MEASURE: 22,
      MANAGE: 13,
    });
    for (const item of nist.dto.items) {
      const ref = item.ref.replace(' ', '_').replace('.', '_').toLowerCase();
      expect(item.key).toBe(`nist_${ref}`);
      expect(item.ref.startsWith(`${nist.groupsByKey.get(item.group)?.ref ?? '?'}.`)).toBe(true);
    }
  });

  it('carries the seven RUAIH elements, each split into several assessable items', () => {
    const ruaih = frameworkOf('ruaih');
    expect(ruaih.dto.groups.map((g) => g.key)).toEqual([
      'ruaih_governance',
      'ruaih_privacy_transparency',
      'ruaih_data_security',
      'ruaih_quality_monitoring',
      'ruaih_safety_event_reporting',
      'ruaih_risk_bias',
      'ruaih_education',
    ]);
    const perElement = countBy(ruaih.dto.items, (i) => i.group);
    for (const group of ruaih.dto.groups) expect(perElement[group.key]).toBeGreaterThanOrEqual(3);
  });

  it('analyses HTI-1 risks across the eight IRM characteristics', () => {
    const irm = frameworkOf('hti1_irm');
    const analysis = irm.dto.items.filter((i) => i.group === 'hti1_irm_risk_analysis');
    expect(analysis.map((i) => i.key.replace('hti1_irm_risk_analysis_', ''))).toEqual([
      'validity',
      'reliability',
      'robustness',
      'fairness',
      'intelligibility',
      'safety',
      'security',
      'privacy',
    ]);
    expect(irm.dto.groups.map((g) => g.key)).toEqual([
      'hti1_irm_risk_analysis',
      'hti1_irm_risk_mitigation',
      'hti1_irm_governance',
      'hti1_irm_public_summary',
    ]);
  });

  it('carries the five CHAI principles and the 31 lifecycle checklist items in six stages', () => {
    expect(frameworkOf('chai_principles').dto.groups.map((g) => g.key)).toEqual([
      'chai_usefulness',
      'chai_fairness',
      'chai_safety',
      'chai_transparency',
      'chai_security_privacy',
    ]);
    const lifecycle = frameworkOf('chai_lifecycle');
    expect(lifecycle.dto.groups).toHaveLength(6);
    expect(Object.values(countBy(lifecycle.dto.items, (i) => i.group))).toEqual([7, 9, 3, 4, 3, 5]);
    for (const item of lifecycle.dto.items) {
      const stage = lifecycle.dto.groups.findIndex((g) => g.key === item.group) + 1;
      expect(item.key.startsWith(`chai_chk_${stage}_`), item.key).toBe(true);
      expect(item.tags.length).toBeGreaterThan(0);
    }
  });
});

describe('crosswalk data file', () => {
  const itemKeys = new Map(
    frameworks.flatMap((f) => f.dto.items.map((i) => [i.key, f.summary.key] as const)),
  );

  it('names only items that exist in a framework file', () => {
    const missing = crosswalk.mappings.flatMap((m) => m.items.filter((k) => !itemKeys.has(k)));
    expect(missing).toEqual([]);
  });

  it('links items of at least two frameworks in every mapping, each item once', () => {
    for (const mapping of crosswalk.mappings) {
      expect(new Set(mapping.items).size, mapping.key).toBe(mapping.items.length);
      const spanned = new Set(mapping.items.map((k) => itemKeys.get(k)));
      expect(spanned.size, mapping.key).toBeGreaterThanOrEqual(2);
    }
  });

  it('has unique mapping keys', () => {
    const keys = crosswalk.mappings.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps NIST MEASURE 2.11 fairness to RUAIH risk and bias, CHAI fairness and HTI-1 risk analysis', () => {
    const mapped = mappedItemsOf('nist_measure_2_11').map((m) => m.item.key);
    expect(mapped).toEqual(
      expect.arrayContaining([
        'ruaih_risk_bias_checks',
        'chai_fairness_subgroup_performance',
        'chai_chk_4_2',
        'hti1_irm_risk_analysis_fairness',
      ]),
    );
  });

  it('suggests only items of other frameworks, each once', () => {
    for (const framework of allFrameworks()) {
      for (const item of framework.dto.items) {
        const mapped = mappedItemsOf(item.key);
        expect(mapped.every((m) => m.frameworkKey !== framework.summary.key)).toBe(true);
        const keys = mapped.map((m) => m.item.key);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });
});
