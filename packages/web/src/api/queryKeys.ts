import type {
  AgendaSuggestionsQuery,
  AssessmentListQuery,
  AuditListQuery,
  IntakeListQuery,
  TieringPreviewInput,
  MeetingListQuery,
  InboxQuery,
  ConditionListQuery,
  ModelCardDiffQuery,
  PortfolioCompletenessQuery,
  PortfolioFacetsQuery,
  PortfolioListQuery,
  UserListQuery,
} from '@vigil/contracts';

/** Every query key in one place, so invalidations cannot drift from the queries. */
export const queryKeys = {
  me: ['me'] as const,
  instance: ['instance'] as const,
  users: ['users'] as const,
  userList: (query: Partial<UserListQuery>) => ['users', 'list', query] as const,
  userDirectory: ['users', 'directory'] as const,
  user: (id: string) => ['users', 'detail', id] as const,
  userTokens: (userId: string) => ['users', 'detail', userId, 'tokens'] as const,
  myTokens: ['tokens', 'mine'] as const,
  audit: ['audit'] as const,
  auditList: (query: Partial<AuditListQuery>) => ['audit', 'list', query] as const,
  portfolio: ['portfolio'] as const,
  portfolioList: (query: Partial<PortfolioListQuery>) => ['portfolio', 'list', query] as const,
  portfolioFacets: (query: Partial<PortfolioFacetsQuery>) =>
    ['portfolio', 'facets', query] as const,
  system: (id: string) => ['portfolio', 'system', id] as const,
  systemVersions: (id: string) => ['portfolio', 'system', id, 'versions'] as const,
  systemVersion: (id: string, version: number) =>
    ['portfolio', 'system', id, 'versions', version] as const,
  systemDiff: (id: string, from: number, to: number) =>
    ['portfolio', 'system', id, 'diff', from, to] as const,
  card: (id: string) => ['portfolio', 'system', id, 'card'] as const,
  systemDocuments: (id: string) => ['portfolio', 'system', id, 'documents'] as const,
  cardVersions: (id: string) => ['portfolio', 'system', id, 'card', 'versions'] as const,
  cardVersion: (id: string, cardVersion: number) =>
    ['portfolio', 'system', id, 'card', 'versions', cardVersion] as const,
  cardDiff: (id: string, query: ModelCardDiffQuery) =>
    ['portfolio', 'system', id, 'card', 'diff', query] as const,
  completeness: (query: Partial<PortfolioCompletenessQuery>) =>
    ['portfolio', 'completeness', query] as const,
  savedViews: ['portfolio', 'views'] as const,
  notifications: ['notifications'] as const,
  inbox: (query: Partial<InboxQuery>) => ['notifications', 'inbox', query] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  notificationPreferences: ['notifications', 'preferences'] as const,
  governanceReviewArea: ['governance', 'review'] as const,
  governanceState: (systemId: string) => ['governance', 'review', 'system', systemId] as const,
  governanceReview: (id: string) => ['governance', 'review', 'round', id] as const,
  myReviews: ['governance', 'review', 'mine'] as const,
  reviewerCandidates: ['governance', 'review', 'reviewers'] as const,
  governanceDecision: (id: string) => ['governance', 'review', 'decision', id] as const,
  governanceConditions: (query: Partial<ConditionListQuery>) =>
    ['governance', 'review', 'conditions', query] as const,
  governanceAssessments: ['governance', 'assessments'] as const,
  governanceFrameworks: ['governance', 'assessments', 'frameworks'] as const,
  assessmentList: (query: Partial<AssessmentListQuery>) =>
    ['governance', 'assessments', 'list', query] as const,
  assessment: (id: string) => ['governance', 'assessments', 'detail', id] as const,
  assessmentGaps: (id: string) => ['governance', 'assessments', 'detail', id, 'gaps'] as const,
  assessmentRecords: (id: string) =>
    ['governance', 'assessments', 'detail', id, 'records'] as const,
  assessmentCrosswalk: (id: string, itemKey: string) =>
    ['governance', 'assessments', 'detail', id, 'crosswalk', itemKey] as const,
  systemAssessments: (systemId: string) =>
    ['governance', 'assessments', 'system', systemId] as const,
  governanceCommittee: ['governance', 'committee'] as const,
  meetings: (query: Partial<MeetingListQuery>) =>
    ['governance', 'committee', 'meetings', query] as const,
  meeting: (id: string) => ['governance', 'committee', 'meeting', id] as const,
  agendaSuggestions: (query: Partial<AgendaSuggestionsQuery>) =>
    ['governance', 'committee', 'suggestions', query] as const,
  calendarFeed: ['governance', 'committee', 'calendar-feed'] as const,
  reReviews: ['governance', 'committee', 're-reviews'] as const,
  governanceDashboard: ['governance', 'committee', 'dashboard'] as const,
  governanceArea: ['governance'] as const,
  intakes: ['governance', 'intake'] as const,
  myIntakes: ['governance', 'intake', 'mine'] as const,
  intakeList: (query: Partial<IntakeListQuery>) => ['governance', 'intake', 'list', query] as const,
  intakeFacets: ['governance', 'intake', 'facets'] as const,
  intake: (id: string) => ['governance', 'intake', 'detail', id] as const,
  tierRules: ['governance', 'tier-rules'] as const,
  activeTierRules: ['governance', 'tier-rules', 'active'] as const,
  tierRuleVersions: ['governance', 'tier-rules', 'versions'] as const,
  tierRuleVersion: (version: number) => ['governance', 'tier-rules', 'versions', version] as const,
  tieringPreview: (input: TieringPreviewInput) =>
    ['governance', 'tiering', 'preview', input] as const,
  tieringPrefill: (systemId: string) => ['governance', 'tiering', systemId, 'prefill'] as const,
  determinations: (systemId: string) =>
    ['governance', 'tiering', systemId, 'determinations'] as const,
};
