import type { Command } from 'commander';
import {
  parseTimestamp,
  type ReadPredictionFileOptions,
  type ReportOptions,
} from '@vigil/core/monitoring';
import { splitList } from '../parse-input';
import { CliError } from '../cli-error';

/** The report command's flags, parsed and checked once at the edge. */
export interface ReportFlags {
  format: 'json' | 'html';
  out: string | undefined;
  columns: Omit<ReadPredictionFileOptions, 'onProgress' | 'scoreKind'>;
  report: ReportOptions;
}

function usage(message: string): never {
  throw new CliError(message, 2);
}

function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  return found ?? usage(`${flag} must be one of ${allowed.join(', ')} (got "${String(value)}")`);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value when the user typed the flag, undefined when commander filled in the default. */
function explicit(command: Command, name: string, value: unknown): string | undefined {
  return command.getOptionValueSource(name) === 'cli' ? text(value) : undefined;
}

function threshold(value: unknown, scoreKind: ReportOptions['scoreKind']): number {
  const parsed = Number(text(value) ?? Number.NaN);
  if (!Number.isFinite(parsed) || text(value)?.trim() === '')
    usage(`--threshold must be a number (got "${String(value)}")`);
  if (scoreKind === 'probability' && !(parsed > 0 && parsed < 1)) {
    usage(
      `--threshold must be strictly between 0 and 1 for probability scores (got ${parsed}); use --score-kind score for other scales`,
    );
  }
  return parsed;
}

function split(value: unknown): number | null {
  const raw = text(value);
  if (raw === undefined) return null;
  const ms = parseTimestamp(raw);
  return Number.isNaN(ms)
    ? usage(
        `--split must be an ISO-8601 date or timestamp, e.g. 2024-11-01T00:00:00Z (got "${raw}")`,
      )
    : ms;
}

function minGroupN(value: unknown): number {
  const raw = text(value) ?? '';
  const parsed = Number(raw);
  return /^\d+$/.test(raw.trim()) && parsed >= 1
    ? parsed
    : usage(`--min-group-n must be a positive whole number (got "${raw}")`);
}

/** Checks and types the raw flags; names the flag and the bad value on error (exit code 2). */
export function parseReportFlags(raw: Record<string, unknown>, command: Command): ReportFlags {
  const scoreKind = oneOf('--score-kind', raw.scoreKind, ['probability', 'score'] as const);
  const groups = text(raw.groups);
  const features = text(raw.features);
  return {
    format: oneOf('--format', raw.format, ['json', 'html'] as const),
    out: text(raw.out),
    columns: {
      scoreColumn: explicit(command, 'scoreCol', raw.scoreCol),
      labelColumn: explicit(command, 'labelCol', raw.labelCol),
      timeColumn: explicit(command, 'timeCol', raw.timeCol),
      idColumn: explicit(command, 'idCol', raw.idCol),
      groupColumns: groups === undefined ? undefined : splitList(groups),
      featureColumns: features === undefined ? undefined : splitList(features),
      positiveLabel: text(raw.positiveLabel),
    },
    report: {
      threshold: threshold(raw.threshold, scoreKind),
      splitMs: split(raw.split),
      splitLatestWindow: true,
      scoreKind,
      minGroupN: minGroupN(raw.minGroupN),
      window: oneOf('--window', raw.window, ['month', 'week', 'quarter'] as const),
    },
  };
}
