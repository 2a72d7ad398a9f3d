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
}

export type { Generated };
