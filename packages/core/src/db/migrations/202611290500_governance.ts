import type { Kysely } from 'kysely';
import { binaryColumnType, dialectOf } from '../dialect';

type Db = Kysely<unknown>;

const id = 'varchar(36)';
const at = 'varchar(30)';

// Governance: intake, risk tiering as versioned rules, review rounds with reviewer assignments,
// decisions with conditions, lifecycle transitions and committee meetings.
export async function up(db: Db): Promise<void> {
  await createTieringTables(db);
  await createIntakeTables(db);
  await createReviewTables(db);
  await createDecisionTables(db);
  await createMeetingTables(db);
  // Attached documents can count as the artefacts a tier requires (a local validation report...).
  await db.schema
    .alterTable('ai_system_documents')
    .addColumn('artefact_kind', 'varchar(40)')
    .execute();
}

async function createTieringTables(db: Db): Promise<void> {
  await db.schema
    .createTable('tier_rule_sets')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by_id', id)
    .addColumn('created_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('created_at', at, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('tier_determinations')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('system_id', id, (c) => c.notNull().references('ai_systems.id').onDelete('cascade'))
    .addColumn('rule_set_version', 'integer', (c) =>
      c.notNull().references('tier_rule_sets.version'),
    )
    .addColumn('answers_json', 'text', (c) => c.notNull())
    .addColumn('computed_tier', 'varchar(20)', (c) => c.notNull())
    .addColumn('contributions_json', 'text', (c) => c.notNull())
    .addColumn('matched_rule', 'text', (c) => c.notNull())
    .addColumn('weighted_score', 'integer', (c) => c.notNull())
    .addColumn('override_tier', 'varchar(20)')
    .addColumn('override_justification', 'text')
    .addColumn('determined_by_id', id)
    .addColumn('determined_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('determined_at', at, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tier_determinations_system_idx')
    .on('tier_determinations')
    .columns(['system_id', 'determined_at'])
    .execute();
}

async function createIntakeTables(db: Db): Promise<void> {
  await db.schema
    .createTable('intakes')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('reference', 'varchar(20)', (c) => c.notNull().unique())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('intended_use', 'text', (c) => c.notNull())
    .addColumn('department', 'varchar(200)', (c) => c.notNull())
    .addColumn('source', 'varchar(30)', (c) => c.notNull())
    .addColumn('vendor_name', 'varchar(200)')
    .addColumn('data_used', 'text', (c) => c.notNull())
    .addColumn('affected_people', 'text', (c) => c.notNull())
    .addColumn('patient_facing', 'integer', (c) => c.notNull())
    .addColumn('autonomy', 'varchar(30)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('closed_reason', 'text')
    .addColumn('system_id', id, (c) => c.references('ai_systems.id').onDelete('set null'))
    .addColumn('submitter_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('submitter_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('created_at', at, (c) => c.notNull())
    .addColumn('updated_at', at, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  for (const column of ['status', 'submitter_id', 'created_at', 'system_id']) {
    await db.schema.createIndex(`intakes_${column}_idx`).on('intakes').column(column).execute();
  }
  await db.schema
    .createTable('intake_messages')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('intake_id', id, (c) => c.notNull().references('intakes.id').onDelete('cascade'))
    .addColumn('author_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('from_office', 'integer', (c) => c.notNull())
    .addColumn('is_question', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', at, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('intake_messages_intake_idx')
    .on('intake_messages')
    .columns(['intake_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('intake_documents')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('intake_id', id, (c) => c.notNull().references('intakes.id').onDelete('cascade'))
    .addColumn('filename', 'varchar(255)', (c) => c.notNull())
    .addColumn('media_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('content', binaryColumnType(dialectOf(db)), (c) => c.notNull())
    .addColumn('uploaded_by_id', id)
    .addColumn('uploaded_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('uploaded_at', at, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('intake_documents_intake_idx')
    .on('intake_documents')
    .column('intake_id')
    .execute();
}

async function createReviewTables(db: Db): Promise<void> {
  await db.schema
    .createTable('governance_reviews')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('system_id', id, (c) => c.notNull().references('ai_systems.id').onDelete('cascade'))
    .addColumn('intake_id', id, (c) => c.references('intakes.id').onDelete('set null'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('tier', 'varchar(20)', (c) => c.notNull())
    .addColumn('pathway', 'varchar(30)', (c) => c.notNull())
    .addColumn('determination_id', id, (c) => c.notNull().references('tier_determinations.id'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('opened_by_id', id)
    .addColumn('opened_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('opened_at', at, (c) => c.notNull())
    .addColumn('due_at', at)
    .addColumn('closed_at', at)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('governance_reviews_round_unique', ['system_id', 'round'])
    .execute();
  await db.schema
    .createIndex('governance_reviews_status_idx')
    .on('governance_reviews')
    .columns(['status', 'opened_at'])
    .execute();
  await db.schema
    .createTable('review_assignments')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('review_id', id, (c) =>
      c.notNull().references('governance_reviews.id').onDelete('cascade'),
    )
    .addColumn('reviewer_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('discipline', 'varchar(40)', (c) => c.notNull())
    .addColumn('assigned_at', at, (c) => c.notNull())
    .addColumn('conflict_declared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('conflict_note', 'text')
    .addColumn('findings', 'text')
    .addColumn('concerns', 'text')
    .addColumn('proposed_conditions_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('recommendation', 'varchar(40)')
    .addColumn('submitted_at', at)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('review_assignments_reviewer_unique', ['review_id', 'reviewer_id'])
    .execute();
  await db.schema
    .createIndex('review_assignments_reviewer_idx')
    .on('review_assignments')
    .columns(['reviewer_id', 'submitted_at'])
    .execute();
}

async function createDecisionTables(db: Db): Promise<void> {
  await db.schema
    .createTable('governance_decisions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('review_id', id, (c) =>
      c.notNull().unique().references('governance_reviews.id').onDelete('cascade'),
    )
    .addColumn('system_id', id, (c) => c.notNull().references('ai_systems.id').onDelete('cascade'))
    .addColumn('outcome', 'varchar(40)', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('votes_json', 'text', (c) => c.notNull())
    .addColumn('letter_text', 'text', (c) => c.notNull())
    .addColumn('next_review_due', 'varchar(10)')
    .addColumn('meeting_id', id)
    .addColumn('agenda_item_id', id)
    .addColumn('decided_by_id', id)
    .addColumn('decided_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('decided_at', at, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('governance_decisions_system_idx')
    .on('governance_decisions')
    .columns(['system_id', 'decided_at'])
    .execute();
  await db.schema
    .createTable('governance_conditions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('decision_id', id, (c) =>
      c.notNull().references('governance_decisions.id').onDelete('cascade'),
    )
    .addColumn('system_id', id, (c) => c.notNull().references('ai_systems.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('gates_state', 'varchar(30)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('resolution_note', 'text')
    .addColumn('resolved_by_id', id)
    .addColumn('resolved_by_label', 'varchar(254)')
    .addColumn('resolved_at', at)
    .addColumn('created_at', at, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  for (const [name, columns] of [
    ['system', ['system_id', 'status']],
    ['owner', ['owner_id', 'status']],
    ['due', ['status', 'due_date']],
  ] as const) {
    await db.schema
      .createIndex(`governance_conditions_${name}_idx`)
      .on('governance_conditions')
      .columns([...columns])
      .execute();
  }
  await db.schema
    .createTable('lifecycle_transitions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('system_id', id, (c) => c.notNull().references('ai_systems.id').onDelete('cascade'))
    .addColumn('from_state', 'varchar(30)', (c) => c.notNull())
    .addColumn('to_state', 'varchar(30)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decision_id', id)
    .addColumn('actor_id', id)
    .addColumn('actor_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('at', at, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lifecycle_transitions_system_idx')
    .on('lifecycle_transitions')
    .columns(['system_id', 'at'])
    .execute();
}

async function createMeetingTables(db: Db): Promise<void> {
  await db.schema
    .createTable('committee_meetings')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('starts_at', at, (c) => c.notNull())
    .addColumn('ends_at', at, (c) => c.notNull())
    .addColumn('location', 'varchar(200)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('quorum', 'integer', (c) => c.notNull())
    .addColumn('minutes', 'text')
    .addColumn('created_by_id', id)
    .addColumn('created_at', at, (c) => c.notNull())
    .addColumn('updated_at', at, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('committee_meetings_starts_idx')
    .on('committee_meetings')
    .column('starts_at')
    .execute();
  await db.schema
    .createTable('meeting_agenda_items')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('meeting_id', id, (c) =>
      c.notNull().references('committee_meetings.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('review_id', id, (c) => c.references('governance_reviews.id').onDelete('set null'))
    .addColumn('notes', 'text')
    .addColumn('decision_id', id)
    .execute();
  await db.schema
    .createIndex('meeting_agenda_items_meeting_idx')
    .on('meeting_agenda_items')
    .columns(['meeting_id', 'position'])
    .execute();
  await db.schema
    .createTable('meeting_attendance')
    .addColumn('meeting_id', id, (c) =>
      c.notNull().references('committee_meetings.id').onDelete('cascade'),
    )
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('recorded_at', at, (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'user_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const table of [
    'meeting_attendance',
    'meeting_agenda_items',
    'committee_meetings',
    'lifecycle_transitions',
    'governance_conditions',
    'governance_decisions',
    'review_assignments',
    'governance_reviews',
    'intake_documents',
    'intake_messages',
    'intakes',
    'tier_determinations',
    'tier_rule_sets',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('ai_system_documents').dropColumn('artefact_kind').execute();
}
