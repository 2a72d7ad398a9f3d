import { type Disagreement, compareWithAnchor } from '@vigil/metrics';

/**
 * Keys of the anchor's JSON that the benchmark does not compare: settings echoed back, period
 * labels, and the PSI bin edges and CI labels that differ only in representation.
 */
export const benchSkippedKeys: ReadonlySet<string> = new Set([
  'split',
  'psi_bin_edges',
  'ci',
  'flag_rule',
  'reference_period',
  'current_period',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The benchmark's comparison of anchor_report.py's JSON with Vigil's report. */
export function compareWithReportAnchor(expected: unknown, actual: unknown): Disagreement[] {
  return compareWithAnchor(expected, actual, { skippedKeys: benchSkippedKeys });
}

/** pROC's overall and per-race AUROC and DeLong CI (anchor_proc.R's JSON) against Vigil's (1e-9). */
export function compareWithProc(proc: unknown, report: unknown): Disagreement[] {
  if (
    !isRecord(proc) ||
    !isRecord(proc.by_race_ethnicity) ||
    !isRecord(report) ||
    !isRecord(report.subgroups)
  ) {
    return [
      { path: '', expected: 'pROC and Vigil JSON', actual: 'another shape', tolerance: 'shape' },
    ];
  }
  const race = report.subgroups.race_ethnicity;
  const groups = isRecord(race) && Array.isArray(race.groups) ? race.groups.filter(isRecord) : [];
  const pairs: [string, unknown, unknown][] = [['overall', proc.overall, report.overall]];
  for (const [name, block] of Object.entries(proc.by_race_ethnicity)) {
    pairs.push([`subgroups.race_ethnicity.${name}`, block, groups.find((g) => g.group === name)]);
  }
  return pairs.flatMap(([path, p, v]) => {
    const expected = isRecord(p) ? p : {};
    const actual = isRecord(v) ? v : {};
    return [
      ...prefixed(`${path}`, compareWithAnchor({ auroc: expected.auroc }, { auroc: actual.auroc })),
      ...prefixed(
        `${path}`,
        compareWithAnchor(
          { auroc_ci_delong: expected.ci_delong },
          { auroc_ci_delong: actual.auroc_ci_delong },
        ),
      ),
    ];
  });
}

function prefixed(prefix: string, found: Disagreement[]): Disagreement[] {
  return found.map((d) => ({ ...d, path: `${prefix}.${d.path}` }));
}
