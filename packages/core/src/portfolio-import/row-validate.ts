import {
  type AiSystemCreateInput,
  type AiSystemSnapshot,
  type ImportRowError,
  type ImportTargetField,
  aiSystemCreateInput,
  id as idSchema,
} from '@vigil/contracts';
import { normaliseSnapshot, snapshotProblems } from '../portfolio/portfolio.rules';
import {
  allowedValues,
  formatLinks,
  matchEnum,
  parseLinks,
  splitList,
  vocabularies,
} from './cell-values';

/** A row's text by field, after mapping, defaults and fixes; blank cells are absent. */
export type RowText = Partial<Record<ImportTargetField, string>>;

/** Existing users a sheet may name as owners: by lower-cased email, and by id. */
export interface KnownUsers {
  idByEmail: ReadonlyMap<string, string>;
  emailById: ReadonlyMap<string, string>;
}

export interface ValidatedRow {
  /** The create input the row describes (merged over `base` for an update); null when invalid. */
  input: AiSystemCreateInput | null;
  externalId: string | null;
  values: RowText;
  errors: ImportRowError[];
}

const ownerFields = {
  clinicalOwner: 'clinicalOwnerId',
  technicalOwner: 'technicalOwnerId',
  executiveSponsor: 'executiveSponsorId',
} as const;
const listFields = new Set<ImportTargetField>(['departments', 'sites', 'tags']);
const inputFieldToTarget: Record<string, ImportTargetField> = {
  clinicalOwnerId: 'clinicalOwner',
  technicalOwnerId: 'technicalOwner',
  executiveSponsorId: 'executiveSponsor',
};
const externalIdMaxLength = 200;

/**
 * Validates one row with the portfolio create schema (and its cross-field rules), naming the
 * field of each problem. For an update, `base` is the stored record: fields the row leaves
 * blank keep their stored values.
 */
export function validateRow(
  text: RowText,
  users: KnownUsers,
  base: AiSystemSnapshot | null,
): ValidatedRow {
  const errors: ImportRowError[] = [];
  const candidate: Record<string, unknown> = base ? snapshotToInput(base) : {};
  for (const [key, value] of Object.entries(text)) {
    const field = key as ImportTargetField;
    if (field === 'externalId' || value === undefined) continue;
    const converted = convertCell(field, value, users);
    if ('error' in converted) errors.push({ field, message: converted.error });
    else
      candidate[field in ownerFields ? ownerFields[field as keyof typeof ownerFields] : field] =
        converted.value;
  }
  const externalId = text.externalId ?? null;
  if (externalId !== null && externalId.length > externalIdMaxLength)
    errors.push({
      field: 'externalId',
      message: `must be at most ${externalIdMaxLength} characters`,
    });
  const parsed = aiSystemCreateInput.safeParse(candidate);
  const failed = new Set(errors.map((e) => e.field));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = targetOf(issue.path[0]);
      if (failed.has(field)) continue;
      failed.add(field);
      errors.push({
        field,
        message:
          issue.code === 'invalid_type' && issue.input === undefined
            ? 'is required'
            : issue.message,
      });
    }
  } else {
    for (const p of snapshotProblems(toSnapshot(parsed.data), users.emailById))
      errors.push({ field: targetOf(p.path.replace(/^body\./, '')), message: p.message });
  }
  const input = parsed.success && errors.length === 0 ? parsed.data : null;
  return { input, externalId, values: displayValues(text, input, users), errors };
}

type Converted = { value: unknown } | { error: string };

function convertCell(field: ImportTargetField, text: string, users: KnownUsers): Converted {
  if (vocabularies[field]) {
    const key = matchEnum(field, text);
    return key === undefined
      ? { error: `“${text}” is not one of: ${allowedValues(field)}` }
      : { value: key };
  }
  if (listFields.has(field)) return { value: splitList(text) };
  if (field === 'links') return { value: parseLinks(text) };
  if (field in ownerFields) {
    if (idSchema.safeParse(text).success)
      return users.emailById.has(text)
        ? { value: text }
        : { error: 'is not a user of this instance' };
    const userId = users.idByEmail.get(text.toLowerCase());
    return userId === undefined ? { error: `no user has the email “${text}”` } : { value: userId };
  }
  return { value: text };
}

function targetOf(key: PropertyKey | undefined): ImportTargetField {
  const name = String(key ?? 'name');
  return inputFieldToTarget[name] ?? (name as ImportTargetField);
}

/** The stored record as a create input, so a partial row can be merged over it. */
export function snapshotToInput(s: AiSystemSnapshot): Record<string, unknown> {
  const { lifecycleState, ...fields } = s;
  return {
    ...fields,
    initialState:
      lifecycleState === 'deployed' || lifecycleState === 'monitored' ? lifecycleState : 'proposed',
  };
}

/** The record a create input becomes (lists de-duplicated as the portfolio service does). */
export function toSnapshot(input: AiSystemCreateInput): AiSystemSnapshot {
  const { initialState, ...fields } = input;
  return normaliseSnapshot({ ...fields, lifecycleState: initialState });
}

function displayValues(
  text: RowText,
  input: AiSystemCreateInput | null,
  users: KnownUsers,
): RowText {
  if (!input) return text;
  const out: RowText = {};
  for (const field of Object.keys(text) as ImportTargetField[]) {
    if (field === 'externalId') out.externalId = text.externalId;
    else if (field in ownerFields) {
      const userId = input[ownerFields[field as keyof typeof ownerFields]];
      out[field] = userId === null ? '' : (users.emailById.get(userId) ?? userId);
    } else if (field === 'links') out.links = formatLinks(input.links);
    else {
      const value: unknown = input[field as keyof AiSystemCreateInput];
      out[field] = Array.isArray(value) ? value.join('; ') : typeof value === 'string' ? value : '';
    }
  }
  return out;
}
