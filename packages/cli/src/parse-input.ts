import type { z } from 'zod';
import { CliError } from './cli-error';

/** Validates command-line input with the same contract schema the API uses. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  optionNames: Record<string, string> = {},
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return `${optionNames[field] ?? (field ? `--${field}` : 'input')} ${issue.message}`;
  });
  throw new CliError(problems.join('; '), 2);
}

export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
