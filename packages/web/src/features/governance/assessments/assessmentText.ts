import type {
  AnswerStatus,
  AssessmentStatus,
  AssessmentSummaryDto,
  EvidenceDto,
} from '@vigil/contracts';

/** One colour per answer, used by badges and progress bars alike. */
export const answerColors: Record<AnswerStatus, string> = {
  met: 'teal',
  partial: 'yellow',
  not_met: 'red',
  not_applicable: 'gray',
  unanswered: 'gray',
};

/** Bars use a lighter grey for not applicable, so it does not read as a gap. */
export const barColors: Record<AnswerStatus, string> = {
  ...answerColors,
  not_applicable: 'gray.4',
};

/** A framework's title with its version, unless the title already ends with it. */
export function frameworkName(framework: { title: string; version: string }): string {
  return framework.title.endsWith(framework.version)
    ? framework.title
    : `${framework.title} (${framework.version})`;
}

/** Answers in the order bars stack them; unanswered is the empty rest of the bar. */
export const barStatuses = ['met', 'partial', 'not_met', 'not_applicable'] as const;

export const assessmentStatusColors: Record<AssessmentStatus, string> = {
  in_progress: 'blue',
  completed: 'teal',
  archived: 'gray',
};

/** What an assessment is about, in a few words. */
export function subjectOf(assessment: Pick<AssessmentSummaryDto, 'scope' | 'systemName'>): string {
  return assessment.scope === 'institution'
    ? 'Institution-wide'
    : (assessment.systemName ?? 'AI system');
}

/** Where the web app shows the Vigil record an evidence item cites, if anywhere. */
export function recordPath(evidence: EvidenceDto): string | null {
  if (evidence.kind !== 'record' || !evidence.recordId) return null;
  switch (evidence.recordType) {
    case 'ai_system':
      return `/portfolio/${evidence.recordId}`;
    case 'model_card':
      return evidence.recordSystemId ? `/portfolio/${evidence.recordSystemId}?tab=card` : null;
    case 'system_document':
      return evidence.recordSystemId ? `/portfolio/${evidence.recordSystemId}` : null;
    case 'governance_decision':
      return `/governance/decisions/${evidence.recordId}`;
    case null:
      return null;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
