import type {
  CensoredGroup,
  GroupBlock,
  MonitoringReport,
  SubgroupAttribute,
} from '@vigil/metrics';
import { esc, figure, int, interval, num, pct, table } from './html-format';
import { type ForestRow, forestPlot } from './svg-bars';
import { extent } from './svg-scale';

function isGroupBlock(group: CensoredGroup | GroupBlock): group is GroupBlock {
  return !group.censored;
}

function signed(value: number | null, digits = 3): string {
  return value === null ? '—' : `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}`;
}

function prevalenceRange(groups: GroupBlock[]): string {
  const values = groups.map((g) => g.prevalence).filter((p): p is number => p !== null);
  return values.length ? `${pct(Math.min(...values))}–${pct(Math.max(...values))}` : '—';
}

function summaryList(attribute: SubgroupAttribute, groups: GroupBlock[]): string {
  const s = attribute.summary;
  const prevalence = `prevalence across groups ${prevalenceRange(groups)}`;
  const items = [
    `Equal-opportunity difference (max − min TPR): <strong>${esc(num(s.equal_opportunity_difference))}</strong> <span class="fine">(${esc(prevalence)})</span>`,
    `Predictive-equality difference (max − min FPR): <strong>${esc(num(s.predictive_equality_difference))}</strong> <span class="fine">(${esc(prevalence)})</span>`,
    `Equalized-odds difference: ${esc(num(s.equalized_odds_difference))}; demographic-parity difference ${esc(num(s.demographic_parity_difference))}, ratio ${esc(num(s.demographic_parity_ratio))}`,
  ];
  return `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

function forestRows(attribute: SubgroupAttribute, minGroupN: number): ForestRow[] {
  return attribute.groups.map((g) => {
    if (!isGroupBlock(g))
      return {
        label: g.group,
        estimate: null,
        low: null,
        high: null,
        note: `censored: n = ${int(g.n_labeled)} < ${minGroupN}`,
      };
    const [low, high] = g.auroc_ci_delong;
    const flagged = g.vs_reference.out_of_bounds.length > 0;
    return {
      label: `${g.group}${flagged ? ' ⚑' : ''}`,
      estimate: g.auroc,
      low,
      high,
      note: `${num(g.auroc)} ${interval(g.auroc_ci_delong)} n=${int(g.n_labeled)}`,
      isFlagged: flagged,
    };
  });
}

function groupRow(g: CensoredGroup | GroupBlock, reference: string | null): string[] {
  if (!isGroupBlock(g))
    return [esc(g.group), esc(int(g.n_labeled)), 'censored', '', '', '', '', '', '', '', ''];
  const at = g.at_threshold;
  const v = g.vs_reference;
  const bounds = v.out_of_bounds.length
    ? `<span class="flag">⚑ ${esc(v.out_of_bounds.join(', '))}</span>`
    : '';
  const name =
    g.group === reference ? `${esc(g.group)} <span class="fine">(reference)</span>` : esc(g.group);
  return [
    name,
    esc(int(g.n_labeled)),
    esc(`${num(g.auroc)} ${interval(g.auroc_ci_delong)}`),
    esc(pct(at.sensitivity)),
    esc(pct(at.fpr)),
    esc(pct(at.ppv)),
    esc(pct(at.flag_rate)),
    `<strong>${esc(pct(g.prevalence))}</strong>`,
    esc(signed(v.tpr_difference)),
    esc(signed(v.fpr_difference)),
    bounds,
  ];
}

function attributeBlock(
  name: string,
  attribute: SubgroupAttribute,
  report: MonitoringReport,
  index: number,
): string {
  const groups = attribute.groups.filter(isGroupBlock);
  const reference = attribute.summary.reference_group;
  const refAuroc = groups.find((g) => g.group === reference)?.auroc ?? report.overall.auroc ?? 0.5;
  const bounds = groups
    .flatMap((g) => [g.auroc_ci_delong[0], g.auroc_ci_delong[1], g.auroc])
    .filter((v): v is number => v !== null);
  const [lo, hi] = extent([...bounds, refAuroc], [0.4, 1]);
  const forest = forestPlot({
    id: `forest-${index}`,
    title: `AUROC by ${name} with 95 % CIs`,
    xLabel: 'AUROC (DeLong 95 % CI)',
    desc: `Forest plot of AUROC per ${name} group. ${forestRows(
      attribute,
      report.config.min_group_n,
    )
      .map((r) => `${r.label}: ${r.note}`)
      .join('; ')}. Reference line: ${reference ?? 'overall'} AUROC ${num(refAuroc)}.`,
    rows: forestRows(attribute, report.config.min_group_n),
    reference: { value: refAuroc, label: `${reference ?? 'overall'} ${num(refAuroc)}` },
    domain: [Math.max(0, lo), Math.min(1, hi)],
  });
  const head = [
    'Group',
    'Labeled n',
    'AUROC [CI]',
    'TPR',
    'FPR',
    'PPV',
    'Flag rate',
    'Prevalence',
    'TPR diff.',
    'FPR diff.',
    'Ratios outside [0.8, 1.25]',
  ];
  const rows = attribute.groups.map((g) => groupRow(g, reference));
  return (
    `<h3>${esc(name)} <span class="fine">(reference group: ${esc(reference ?? 'none')})</span></h3>${summaryList(attribute, groups)}` +
    figure(
      `AUROC by ${name} (95 % CI)`,
      forest,
      '⚑ and square markers: a TPR, FPR, PPV or flag-rate ratio to the reference group lies outside [0.8, 1.25].',
    ) +
    table(
      `${name}: performance and fairness gaps vs ${reference ?? 'reference'} (differences are group − reference; read them next to the prevalence)`,
      head,
      rows,
      'subgroups',
    )
  );
}

/** Per attribute: fairness summary with prevalence, AUROC forest plot and a group table. */
export function subgroupsSection(report: MonitoringReport): string {
  const entries = Object.entries(report.subgroups);
  if (entries.length === 0)
    return '<section id="subgroups"><h2>Subgroups and fairness</h2><p>No subgroup attribute in the file.</p></section>';
  const blocks = entries
    .map(([name, attribute], i) => attributeBlock(name, attribute, report, i))
    .join('');
  return (
    '<section id="subgroups"><h2>Subgroups and fairness</h2>' +
    `<p class="lead">Gaps in TPR and FPR can come from differences in base rates and score spread as well as from bias, so each is shown beside the group's prevalence. Groups with fewer than ${esc(report.config.min_group_n)} labeled rows are censored.</p>` +
    `${blocks}</section>`
  );
}
