export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

const redacted = '[redacted]';

/**
 * The fields whose values differ between two snapshots. Secret fields are recorded as changed
 * without their values.
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  options: { secret?: readonly string[] } = {},
): FieldChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChanges = {};
  for (const key of keys) {
    const was = before?.[key];
    const now = after?.[key];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    changes[key] = options.secret?.includes(key)
      ? { before: was === undefined ? null : redacted, after: now === undefined ? null : redacted }
      : { before: was ?? null, after: now ?? null };
  }
  return changes;
}
