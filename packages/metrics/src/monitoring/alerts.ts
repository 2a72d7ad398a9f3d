import { FAIRNESS_RATIO_BOUNDS } from './fairness';
import type { Alert, MonitoringReport, PerformanceBlock } from './report.types';

/** Default alert thresholds (spec §2). */
export const ALERT_THRESHOLDS = {
  psiWarn: 0.1,
  psiAlert: 0.25,
  jsWarn: 0.1,
  ratioBounds: FAIRNESS_RATIO_BOUNDS,
  observedOverExpectedBounds: [0.8, 1.25] as [number, number],
};

const fmt = (v: number): string => v.toFixed(3);

function psiAlert(path: string, what: string, psi: number | null): Alert | null {
  if (psi === null || psi < ALERT_THRESHOLDS.psiWarn) return null;
  const major = psi >= ALERT_THRESHOLDS.psiAlert;
  const threshold = major ? ALERT_THRESHOLDS.psiAlert : ALERT_THRESHOLDS.psiWarn;
  return {
    code: major ? 'psi_major' : 'psi_moderate',
    severity: major ? 'alert' : 'warn',
    message: `${what}: PSI ${fmt(psi)} ≥ ${threshold} (${major ? 'major' : 'moderate'} shift)`,
    figure_path: path,
    value: psi,
    threshold,
  };
}

function jsAlert(path: string, what: string, js: number | null): Alert | null {
  if (js === null || js < ALERT_THRESHOLDS.jsWarn) return null;
  const message = `${what}: Jensen–Shannon distance ${fmt(js)} ≥ ${ALERT_THRESHOLDS.jsWarn}`;
  return {
    code: 'js_distance_high',
    severity: 'warn',
    message,
    figure_path: path,
    value: js,
    threshold: ALERT_THRESHOLDS.jsWarn,
  };
}

function driftAlerts(report: MonitoringReport): (Alert | null)[] {
  const out: (Alert | null)[] = [];
  const drift = report.drift;
  if (drift !== null) {
    const figures: [string, { psi: number | null; js_distance: number | null }][] = [
      ...Object.entries(drift.numeric).map(([name, d]): [string, typeof d] => [
        `numeric.${name}`,
        d,
      ]),
      ...Object.entries(drift.categorical).map(([name, d]): [string, typeof d] => [
        `categorical.${name}`,
        d,
      ]),
    ];
    for (const [path, d] of figures) {
      const name = path.slice(path.indexOf('.') + 1);
      out.push(psiAlert(`drift.${path}.psi`, `Drift of ${name}`, d.psi));
      out.push(jsAlert(`drift.${path}.js_distance`, `Drift of ${name}`, d.js_distance));
    }
  }
  report.time_windows?.windows.forEach((w, i) => {
    out.push(
      psiAlert(
        `time_windows.windows[${i}].score_psi_vs_reference`,
        `Score distribution in ${w.window}`,
        w.score_psi_vs_reference,
      ),
    );
  });
  return out;
}

function fairnessAlerts(report: MonitoringReport): Alert[] {
  const out: Alert[] = [];
  const [low, high] = ALERT_THRESHOLDS.ratioBounds;
  for (const [attribute, block] of Object.entries(report.subgroups)) {
    block.groups.forEach((g, i) => {
      if (g.censored) return;
      for (const key of g.vs_reference.out_of_bounds) {
        const value = g.vs_reference[key as 'tpr_ratio'];
        if (value === null) continue;
        const threshold = value < low ? low : high;
        const message = `${attribute} = ${g.group}: ${key} ${fmt(value)} outside [${low}, ${high}] vs ${block.summary.reference_group ?? ''}`;
        out.push({
          code: 'fairness_ratio_out_of_bounds',
          severity: 'warn',
          message,
          figure_path: `subgroups.${attribute}.groups[${i}].vs_reference.${key}`,
          value,
          threshold,
        });
      }
    });
  }
  return out;
}

function observedOverExpectedAlert(
  path: string,
  what: string,
  block: PerformanceBlock,
): Alert | null {
  const oe = block.observed_over_expected;
  const [low, high] = ALERT_THRESHOLDS.observedOverExpectedBounds;
  if (oe === null || (oe >= low && oe <= high)) return null;
  const threshold = oe < low ? low : high;
  const message = `${what}: observed/expected ${fmt(oe)} outside [${low}, ${high}] (${oe < low ? 'over' : 'under'}-prediction)`;
  return {
    code: 'observed_over_expected_out_of_bounds',
    severity: 'warn',
    message,
    figure_path: path,
    value: oe,
    threshold,
  };
}

function performanceAlerts(report: MonitoringReport): (Alert | null)[] {
  const out: (Alert | null)[] = [
    observedOverExpectedAlert('overall.observed_over_expected', 'Overall', report.overall),
  ];
  const periods = report.periods;
  if (periods === null) return out;
  out.push(
    observedOverExpectedAlert(
      'periods.reference.observed_over_expected',
      'Reference period',
      periods.reference,
    ),
  );
  out.push(
    observedOverExpectedAlert(
      'periods.current.observed_over_expected',
      'Current period',
      periods.current,
    ),
  );
  const ciHigh = periods.current.auroc_ci_delong[1];
  const refAuroc = periods.reference.auroc;
  if (ciHigh !== null && refAuroc !== null && ciHigh < refAuroc) {
    out.push({
      code: 'auroc_below_reference',
      severity: 'alert',
      message: `Current-period AUROC 95 % CI (upper ${fmt(ciHigh)}) lies entirely below the reference AUROC ${fmt(refAuroc)}`,
      figure_path: 'periods.current.auroc_ci_delong',
      value: ciHigh,
      threshold: refAuroc,
    });
  }
  return out;
}

/** Alerts raised by the default thresholds of spec §2 on a finished report, in section order. */
export function collectAlerts(report: MonitoringReport): Alert[] {
  const all = [...performanceAlerts(report), ...fairnessAlerts(report), ...driftAlerts(report)];
  return all.filter((a): a is Alert => a !== null);
}
