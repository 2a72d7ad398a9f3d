import type { Generated } from 'kysely';

/**
 * Storage conventions shared by both dialects: ids are UUID text, timestamps are ISO-8601 UTC
 * text (they sort lexically), booleans are integers 0/1, JSON is stored as text.
 */
export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  roles_json: string;
  disciplines_json: string;
  is_active: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginThrottleTable {
  email: string;
  failures: number;
  locked_until: string | null;
  last_failure_at: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes_json: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** One registered AI system; list fields are JSON arrays as text. */
export interface AiSystemsTable {
  id: string;
  name: string;
  /** The name lower-cased and stripped of accents, for ordering the same on both dialects. */
  name_sort: string;
  developer: string;
  product: string | null;
  product_version: string | null;
  source: string;
  kind: string;
  category: string;
  departments_json: string;
  sites_json: string;
  intended_use: string | null;
  intended_users: string | null;
  patient_population: string | null;
  deployment: string | null;
  ehr_integration: string | null;
  dsi_type: string;
  fda_status: string;
  fda_clearance_number: string | null;
  imdrf_category: string | null;
  eu_ai_act_risk: string;
  lifecycle_state: string;
  clinical_owner_id: string | null;
  technical_owner_id: string | null;
  executive_sponsor_id: string | null;
  links_json: string;
  tags_json: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** The inventory's own identifier (an imported sheet's ID column); optional so other writers may leave it out. */
  external_id?: string | null;
  /** The overall completeness percentage of the current model card for the system's assessed DSI type; null without a card. Optional so other writers may leave it out. */
  card_completeness_pct?: number | null;
}

/** Every saved version of a system, as a full snapshot. */
export interface AiSystemVersionsTable {
  system_id: string;
  version: number;
  snapshot_json: string;
  changed_fields_json: string;
  changed_by_id: string | null;
  changed_by_label: string;
  changed_at: string;
}

/**
 * The full-text index of systems: FTS5 on SQLite, a tsvector column on PostgreSQL (see
 * createFullTextTable). `document` holds text already normalised by searchDocument.
 */
export interface AiSystemSearchTable {
  system_id: string;
  document: string;
}

export interface SavedViewsTable {
  id: string;
  user_id: string;
  name: string;
  query_json: string;
  created_at: string;
  updated_at: string;
}

/**
 * Every saved version of a system's model card. `search_text` is the card's searchable text,
 * already normalised; `completeness_json` holds the tallies per HTI-1 DSI type, so the
 * portfolio view need not parse whole cards.
 */
export interface ModelCardsTable {
  id: string;
  system_id: string;
  card_version: number;
  card_json: string;
  source: string;
  source_filename: string | null;
  search_text: string;
  completeness_json: string;
  created_by_id: string | null;
  created_by_label: string;
  created_at: string;
}

/** A document attached to an AI system; `content` holds its bytes (BLOB / BYTEA). */
export interface AiSystemDocumentsTable {
  id: string;
  system_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  description: string | null;
  content: Buffer;
  uploaded_by_id: string | null;
  uploaded_by_label: string;
  uploaded_at: string;
  /** Which governance artefact the document is (a local validation report...), if any. */
  artefact_kind?: string | null;
}

/** A spreadsheet upload kept between column mapping, preview and commit. */
export interface PortfolioImportsTable {
  id: string;
  filename: string;
  format: string;
  status: string;
  created_by: string | null;
  headers_json: string;
  header_row_number: number;
  /** [rowNumber, cells[]][] in sheet order. */
  rows_json: string;
  row_count: number;
  suggested_mapping_json: string;
  preview_input_json: string | null;
  preview_hash: string | null;
  result_json: string | null;
  created_at: string;
  expires_at: string;
}

/** A version of the risk-tiering rules; the highest version is in force. */
export interface TierRuleSetsTable {
  version: number;
  definition_json: string;
  note: string;
  created_by_id: string | null;
  created_by_label: string;
  created_at: string;
}

/** One tiering of a system under a rule-set version, with an optional written override. */
export interface TierDeterminationsTable {
  id: string;
  system_id: string;
  rule_set_version: number;
  answers_json: string;
  computed_tier: string;
  contributions_json: string;
  matched_rule: string;
  weighted_score: number;
  override_tier: string | null;
  override_justification: string | null;
  determined_by_id: string | null;
  determined_by_label: string;
  determined_at: string;
}

/** A proposal or report of AI in use from anyone on staff. */
export interface IntakesTable {
  id: string;
  reference: string;
  kind: string;
  title: string;
  problem: string;
  intended_use: string;
  department: string;
  source: string;
  vendor_name: string | null;
  data_used: string;
  affected_people: string;
  patient_facing: number;
  autonomy: string;
  status: string;
  closed_reason: string | null;
  system_id: string | null;
  submitter_id: string | null;
  submitter_label: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The thread between a submitter and the office. */
export interface IntakeMessagesTable {
  id: string;
  intake_id: string;
  author_id: string | null;
  author_label: string;
  from_office: number;
  is_question: number;
  body: string;
  created_at: string;
}

export interface IntakeDocumentsTable {
  id: string;
  intake_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by_id: string | null;
  uploaded_by_label: string;
  uploaded_at: string;
}

/** A review round of a system; at most one is open per system. */
export interface GovernanceReviewsTable {
  id: string;
  system_id: string;
  intake_id: string | null;
  round: number;
  reason: string;
  tier: string;
  pathway: string;
  determination_id: string;
  status: string;
  opened_by_id: string | null;
  opened_by_label: string;
  opened_at: string;
  due_at: string | null;
  closed_at: string | null;
  version: number;
}

/** A reviewer's seat on a review, for one discipline, with what they recorded. */
export interface ReviewAssignmentsTable {
  id: string;
  review_id: string;
  reviewer_id: string;
  discipline: string;
  assigned_at: string;
  conflict_declared: number;
  conflict_note: string | null;
  findings: string | null;
  concerns: string | null;
  proposed_conditions_json: string;
  recommendation: string | null;
  submitted_at: string | null;
  version: number;
}

export interface GovernanceDecisionsTable {
  id: string;
  review_id: string;
  system_id: string;
  outcome: string;
  rationale: string;
  votes_json: string;
  letter_text: string;
  next_review_due: string | null;
  meeting_id: string | null;
  agenda_item_id: string | null;
  decided_by_id: string | null;
  decided_by_label: string;
  decided_at: string;
}

export interface GovernanceConditionsTable {
  id: string;
  decision_id: string;
  system_id: string;
  description: string;
  owner_id: string | null;
  due_date: string;
  gates_state: string;
  status: string;
  resolution_note: string | null;
  resolved_by_id: string | null;
  resolved_by_label: string | null;
  resolved_at: string | null;
  created_at: string;
  version: number;
}

export interface LifecycleTransitionsTable {
  id: string;
  system_id: string;
  from_state: string;
  to_state: string;
  reason: string;
  decision_id: string | null;
  actor_id: string | null;
  actor_label: string;
  at: string;
}

export interface CommitteeMeetingsTable {
  id: string;
  title: string;
  starts_at: string;
  ends_at: string;
  location: string;
  status: string;
  quorum: number;
  minutes: string | null;
  created_by_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MeetingAgendaItemsTable {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
  review_id: string | null;
  notes: string | null;
  decision_id: string | null;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  user_id: string;
  status: string;
  recorded_at: string;
}

/** One in-app notification for one person; `read_at` is null while unread. */
export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  subject_type: string | null;
  subject_id: string | null;
  created_at: string;
  read_at: string | null;
}

/** A person's email choices; no row means email on, no digest. */
export interface NotificationPreferencesTable {
  user_id: string;
  email_enabled: number;
  daily_digest: number;
  last_digest_at: string | null;
  updated_at: string;
}

/** Mail waiting to go out (or sent); written in the transaction that caused it. */
export interface MailOutboxTable {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  created_at: string;
  next_attempt_at: string;
  sent_at: string | null;
  attempts: number;
  last_error: string | null;
  gave_up_at: string | null;
}

/** What the due-date scanner already notified: one row per kind, item and day. */
export interface NotificationScansTable {
  kind: string;
  subject_id: string;
  day: string;
  recipients: number;
  created_at: string;
}

/** An assessment of a system (or the institution) against one version of a framework data file. */
export interface FrameworkAssessmentsTable {
  id: string;
  framework_key: string;
  framework_version: string;
  scope: string;
  system_id: string | null;
  /** The system id, or 'institution'; at most one assessment per framework and subject is in progress. */
  subject_key: string;
  title: string;
  status: string;
  created_by_id: string | null;
  created_by_label: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The answer to one framework item; every item has a row from the assessment's start. */
export interface AssessmentAnswersTable {
  assessment_id: string;
  item_key: string;
  position: number;
  status: string;
  note: string | null;
  owner_id: string | null;
  updated_by_id: string | null;
  updated_by_label: string | null;
  updated_at: string | null;
  version: number;
}

/** A link, a file (with its bytes) or a reference to a Vigil record, cited by one or more answers. */
export interface AssessmentEvidenceTable {
  id: string;
  scope: string;
  system_id: string | null;
  kind: string;
  title: string;
  note: string | null;
  url: string | null;
  filename: string | null;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  content: Buffer | null;
  record_type: string | null;
  record_id: string | null;
  record_system_id: string | null;
  added_by_id: string | null;
  added_by_label: string;
  added_at: string;
}

/** Which answers cite which evidence. */
export interface AssessmentEvidenceLinksTable {
  evidence_id: string;
  assessment_id: string;
  item_key: string;
  linked_by_id: string | null;
  linked_by_label: string;
  linked_at: string;
}

/** A person's secret calendar feed address; only the secret's SHA-256 is stored. */
export interface CalendarFeedsTable {
  id: string;
  user_id: string;
  secret_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  settings: SettingsTable;
  ai_systems: AiSystemsTable;
  ai_system_versions: AiSystemVersionsTable;
  ai_system_search: AiSystemSearchTable;
  saved_views: SavedViewsTable;
  portfolio_imports: PortfolioImportsTable;
  model_cards: ModelCardsTable;
  ai_system_documents: AiSystemDocumentsTable;
  tier_rule_sets: TierRuleSetsTable;
  tier_determinations: TierDeterminationsTable;
  intakes: IntakesTable;
  intake_messages: IntakeMessagesTable;
  intake_documents: IntakeDocumentsTable;
  governance_reviews: GovernanceReviewsTable;
  review_assignments: ReviewAssignmentsTable;
  governance_decisions: GovernanceDecisionsTable;
  governance_conditions: GovernanceConditionsTable;
  lifecycle_transitions: LifecycleTransitionsTable;
  committee_meetings: CommitteeMeetingsTable;
  meeting_agenda_items: MeetingAgendaItemsTable;
  meeting_attendance: MeetingAttendanceTable;
  calendar_feeds: CalendarFeedsTable;
  framework_assessments: FrameworkAssessmentsTable;
  assessment_answers: AssessmentAnswersTable;
  assessment_evidence: AssessmentEvidenceTable;
  assessment_evidence_links: AssessmentEvidenceLinksTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  mail_outbox: MailOutboxTable;
  notification_scans: NotificationScansTable;
}

export type { Generated };
