import { F, readField } from '../classification/rank-accumulator';
import { compareToReference, pickReferenceGroup, summarizeFairness } from './fairness';
import { buildPerformanceBlock } from './performance-block';
import type { CategoricalColumn } from './prediction-columns';
import type { ScoreKind } from './report-options';
import type { CensoredGroup, GroupBlock, SubgroupAttribute } from './report.types';
import type { SlotLayout } from './slot-layout';
import type { TieBlockPassResult } from './tie-block-pass';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Subgroup blocks of one attribute: every level (sorted by name) gets the full performance block,
 * or counts only when it has fewer than minGroupN labeled rows (censored); then fairness per group
 * against the reference group and the between-groups summary.
 */
export function buildSubgroupAttribute(
  pass: TieBlockPassResult,
  column: CategoricalColumn,
  base: number,
  minGroupN: number,
  scoreKind: ScoreKind,
  threshold: number,
): SubgroupAttribute {
  const levels = column.levels
    .map((name, code) => ({ name, code }))
    .sort((a, b) => byCodePoint(a.name, b.name));
  const rows: (CensoredGroup | GroupBlock)[] = [];
  const valid: GroupBlock[] = [];
  for (const { name, code } of levels) {
    const slot = base + code;
    const n = readField(pass.ranks, slot, F.posAbove) + readField(pass.ranks, slot, F.negAbove);
    if (n < minGroupN) {
      rows.push({ group: name, n_labeled: n, censored: true });
      continue;
    }
    const block = buildPerformanceBlock(pass, slot, scoreKind, threshold);
    const group: GroupBlock = { ...block, group: name, censored: false, vs_reference: emptyVs() };
    rows.push(group);
    valid.push(group);
  }
  const reference = pickReferenceGroup(valid);
  if (reference !== null) for (const g of valid) g.vs_reference = compareToReference(g, reference);
  return {
    summary: summarizeFairness(valid, reference === null ? null : reference.group),
    groups: rows,
  };
}

function emptyVs(): GroupBlock['vs_reference'] {
  return {
    tpr_difference: null,
    fpr_difference: null,
    tpr_ratio: null,
    fpr_ratio: null,
    ppv_ratio: null,
    flag_rate_ratio: null,
    auroc_difference: null,
    out_of_bounds: [],
  };
}

/** Subgroup blocks for every categorical column, keyed by column name. */
export function buildSubgroups(
  pass: TieBlockPassResult,
  columns: CategoricalColumn[],
  layout: SlotLayout,
  minGroupN: number,
  scoreKind: ScoreKind,
  threshold: number,
): Record<string, SubgroupAttribute> {
  const out: Record<string, SubgroupAttribute> = {};
  columns.forEach((column, a) => {
    out[column.name] = buildSubgroupAttribute(
      pass,
      column,
      layout.attributeBase[a] ?? 0,
      minGroupN,
      scoreKind,
      threshold,
    );
  });
  return out;
}
