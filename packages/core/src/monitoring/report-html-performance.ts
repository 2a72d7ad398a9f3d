import type { CurvePerformanceBlock, MonitoringReport } from '@vigil/metrics';
import { esc, figure, int, num, pct, table } from './html-format';
import { type LineSeries, lineChart, palette } from './svg-charts';

interface Named {
  name: string;
  block: CurvePerformanceBlock;
  color: string;
  dash?: string;
}

function populations(report: MonitoringReport): Named[] {
  const list: Named[] = [{ name: 'Overall', block: report.overall, color: palette.ink }];
  if (report.periods) {
    list.push({
      name: 'Reference',
      block: report.periods.reference,
      color: palette.reference,
      dash: '6 3',
    });
    list.push({ name: 'Current', block: report.periods.current, color: palette.current });
  }
  return list;
}

function curveSeries(
  list: Named[],
  pick: (b: CurvePerformanceBlock) => [number[], number[]] | null,
  label: (n: Named) => string,
): LineSeries[] {
  return list.flatMap((n) => {
    const xy = pick(n.block);
    if (xy === null) return [];
    const [xs, ys] = xy;
    return [
      {
        name: label(n),
        color: n.color,
        dash: n.dash,
        points: xs.map((x, i) => [x, ys[i] ?? Number.NaN] as const),
      },
    ];
  });
}

function rocFigure(list: Named[]): string {
  const series = curveSeries(
    list,
    (b) => (b.curves ? [b.curves.roc.fpr, b.curves.roc.tpr] : null),
    (n) => `${n.name} (AUROC ${num(n.block.auroc)})`,
  );
  if (series.length === 0) return '';
  const chart = lineChart({
    id: 'roc',
    title: 'ROC curve',
    xLabel: 'False positive rate (1 − specificity)',
    yLabel: 'True positive rate (sensitivity)',
    desc: `ROC curves for ${series.map((s) => s.name).join('; ')}. The dashed diagonal is a model no better than chance.`,
    series,
    xDomain: [0, 1],
    yDomain: [0, 1],
    diagonal: true,
    legendPlace: 'bottom-right',
  });
  return figure(
    'ROC curve',
    chart,
    'The higher and further left, the better cases are ranked above non-cases.',
  );
}

function prFigure(list: Named[]): string {
  const series = curveSeries(
    list,
    (b) => (b.curves ? [b.curves.pr.recall, b.curves.pr.precision] : null),
    (n) => `${n.name} (AP ${num(n.block.auprc_ap)}, prev. ${pct(n.block.prevalence)})`,
  );
  if (series.length === 0) return '';
  const chart = lineChart({
    id: 'pr',
    title: 'Precision–recall curve',
    xLabel: 'Recall (sensitivity)',
    yLabel: 'Precision (PPV)',
    desc: `Precision against recall for ${series.map((s) => s.name).join('; ')}. A model with no skill has precision equal to the prevalence.`,
    series,
    xDomain: [0, 1],
    yDomain: [0, 1],
    legendPlace: 'top-right',
  });
  return figure(
    'Precision–recall curve',
    chart,
    'How many flagged patients are true cases at each sensitivity; compare with the prevalence.',
  );
}

function reliabilityFigure(list: Named[]): string {
  const series: LineSeries[] = list.flatMap(({ name, block, color, dash }) => {
    const bins = block.calibration?.reliability_10_equal_width ?? [];
    const points = bins
      .filter((b) => b.n > 0)
      .map((b) => [b.mean_score ?? Number.NaN, b.observed_rate ?? Number.NaN] as const);
    return points.length ? [{ name, color, dash, points, markers: true }] : [];
  });
  if (series.length === 0)
    return '<p>Reliability diagram not applicable (scores are not probabilities, or no calibration was computed).</p>';
  const chart = lineChart({
    id: 'reliability',
    title: 'Reliability diagram (10 equal-width bins)',
    xLabel: 'Mean predicted risk in bin',
    yLabel: 'Observed event rate in bin',
    desc: 'Observed event rate against mean predicted risk per score decile bin. Points below the diagonal mean the model over-predicts risk.',
    series,
    xDomain: [0, 1],
    yDomain: [0, 1],
    diagonal: true,
    legendPlace: 'top-right',
  });
  const overall = list[0]?.block.calibration?.reliability_10_equal_width ?? [];
  const rows = overall.map((b) => [
    esc(`${num(b.lower, 1)}–${num(b.upper, 1)}`),
    esc(int(b.n)),
    esc(num(b.mean_score)),
    esc(num(b.observed_rate)),
  ]);
  const note = 'Below the diagonal: predicted risk higher than observed (over-prediction).';
  return `<div class="grid2">${figure('Reliability diagram', chart, note)}<div>${table('Reliability bins, overall', ['Score bin', 'Rows', 'Mean score', 'Observed rate'], rows)}</div></div>`;
}

/** ROC and PR curves and the reliability diagram, overall and per period. */
export function performanceSection(report: MonitoringReport): string {
  const list = populations(report);
  return (
    '<section id="performance"><h2>Discrimination and calibration</h2>' +
    `<div class="grid2">${rocFigure(list)}${prFigure(list)}</div>` +
    `<h3>Calibration</h3>${reliabilityFigure(list)}</section>`
  );
}
