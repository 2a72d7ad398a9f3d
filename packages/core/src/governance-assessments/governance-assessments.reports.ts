import {
  type AnswerStatus,
  type FrameworkKey,
  type GapFunctionDto,
  type GapItemDto,
  type GapReportDto,
  type SystemAssessmentsDto,
  answerStatusLabels,
  gapStatuses,
} from '@vigil/contracts';
import { csvField } from '../audit/index';
import type { CoreDeps } from '../deps';
import { DomainError } from '../errors';
import * as eq from './governance-assessments.evidence.queries';
import { type Framework, allFrameworks, frameworkOf } from './governance-assessments.frameworks';
import { asAnswerStatus, progressOf } from './governance-assessments.mappers';
import * as q from './governance-assessments.queries';
import { noAssessment } from './governance-assessments.rules';
import { summariesOf } from './governance-assessments.service';

/**
 * The gap report of an assessment: every item not met, partially met or unanswered, grouped by
 * function and category (or element, stage...) with owner and evidence count, and each
 * function's progress.
 * @throws DomainError not_found
 */
export async function getGapReport(deps: CoreDeps, assessmentId: string): Promise<GapReportDto> {
  const row = await q.findAssessment(deps.db, assessmentId);
  if (!row) throw noAssessment();
  const framework = frameworkOf(row.framework_key as FrameworkKey);
  const answers = new Map(
    (await q.listAnswers(deps.db, assessmentId)).map((a) => [a.item_key, a] as const),
  );
  const evidenceCounts = await eq.evidenceCountsOfAssessment(deps.db, assessmentId);
  const [summary] = await summariesOf(deps.db, [row]);
  if (!summary) throw noAssessment();

  const gapItem = (itemKey: string): GapItemDto | null => {
    const item = framework.itemsByKey.get(itemKey);
    const answer = answers.get(itemKey);
    const status = asAnswerStatus(answer?.status ?? 'unanswered');
    if (!item || !gapStatuses.includes(status)) return null;
    return {
      itemKey,
      ref: item.ref,
      text: item.text,
      status,
      ownerId: answer?.owner_id ?? null,
      ownerName: answer?.owner_name ?? null,
      evidenceCount: evidenceCounts.get(itemKey) ?? 0,
      note: answer?.note ?? null,
    };
  };
  const statusOf = (itemKey: string): AnswerStatus =>
    asAnswerStatus(answers.get(itemKey)?.status ?? 'unanswered');

  const functions: GapFunctionDto[] = topGroups(framework).map((group) => {
    const categories = framework.dto.groups.filter((g) => g.parent === group.key);
    const sections = (categories.length > 0 ? categories : [null]).map((category) => {
      const items = framework.dto.items.filter((i) => i.group === (category ?? group).key);
      return {
        group: category,
        progress: progressOf(items.map((i) => statusOf(i.key))),
        gaps: items.flatMap((i) => gapItem(i.key) ?? []),
      };
    });
    const all = framework.dto.items.filter((i) => framework.topGroupOf(i.key).key === group.key);
    return {
      group,
      progress: progressOf(all.map((i) => statusOf(i.key))),
      gapCount: sections.reduce((n, s) => n + s.gaps.length, 0),
      categories: sections,
    };
  });

  return {
    assessment: summary,
    framework: framework.summary,
    generatedAt: deps.clock.now().toISOString(),
    gapCount: functions.reduce((n, f) => n + f.gapCount, 0),
    functions,
  };
}

function topGroups(framework: Framework) {
  return framework.dto.groups.filter((g) => g.parent === null);
}

const csvHeader = [
  'item_key',
  'reference',
  'function',
  'category',
  'text',
  'status',
  'owner',
  'evidence_count',
  'evidence',
  'note',
  'updated_by',
  'updated_at',
];

/**
 * Every item of an assessment as CSV, in framework order: key, reference, grouping, text,
 * status, owner, evidence (count, and each title with its address or file name) and note.
 * @throws DomainError not_found
 */
export async function exportAssessmentCsv(
  deps: CoreDeps,
  assessmentId: string,
): Promise<{ filename: string; csv: string }> {
  const row = await q.findAssessment(deps.db, assessmentId);
  if (!row) throw noAssessment();
  const framework = frameworkOf(row.framework_key as FrameworkKey);
  const answers = new Map(
    (await q.listAnswers(deps.db, assessmentId)).map((a) => [a.item_key, a] as const),
  );
  const evidence = new Map<string, string[]>();
  for (const e of await eq.listAssessmentEvidence(deps.db, assessmentId)) {
    const where = e.url ?? e.filename ?? (e.record_type ? `${e.record_type}:${e.record_id}` : '');
    const list = evidence.get(e.item_key) ?? [];
    list.push(where ? `${e.title} <${where}>` : e.title);
    evidence.set(e.item_key, list);
  }
  const lines = [csvHeader.join(',')];
  for (const item of framework.dto.items) {
    const answer = answers.get(item.key);
    const group = framework.groupsByKey.get(item.group);
    const top = framework.topGroupOf(item.key);
    const cited = evidence.get(item.key) ?? [];
    const cells = [
      item.key,
      item.ref,
      top.ref,
      group && group.key !== top.key ? group.ref : '',
      item.text,
      answerStatusLabels[asAnswerStatus(answer?.status ?? 'unanswered')],
      answer?.owner_name ?? '',
      cited.length,
      cited.join('; '),
      answer?.note ?? '',
      answer?.updated_by_label ?? '',
      answer?.updated_at ?? '',
    ];
    lines.push(cells.map(csvField).join(','));
  }
  const day = deps.clock.now().toISOString().slice(0, 10);
  return {
    filename: `vigil-assessment-${framework.summary.key}-${fileSlug(row.title)}-${day}.csv`,
    csv: `${lines.join('\r\n')}\r\n`,
  };
}

function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'assessment';
}

/**
 * An AI system's assessments with their progress, and the frameworks it has none against.
 * @throws DomainError not_found
 */
export async function getSystemAssessments(
  deps: CoreDeps,
  systemId: string,
): Promise<SystemAssessmentsDto> {
  const system = await q.findSystemBasics(deps.db, systemId);
  if (!system) throw new DomainError('not_found', 'No AI system has this id');
  const assessments = await summariesOf(deps.db, await q.listAssessments(deps.db, { systemId }));
  const assessed = new Set(assessments.map((a) => a.frameworkKey));
  return {
    system: { id: system.id, name: system.name, lifecycleState: system.lifecycle_state },
    assessments,
    frameworksNotAssessed: allFrameworks()
      .map((f) => f.summary)
      .filter((f) => !assessed.has(f.key)),
  };
}
