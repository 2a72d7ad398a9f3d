import type { FieldError } from '@vigil/contracts';
import { DomainError } from '../errors';

const MAX_DETAILS = 50;

/** A located problem in a card's XML, e.g. `line 12: element ReleaseDate: This element is not expected.` */
export function xmlProblem(
  line: number | undefined,
  element: string | undefined,
  message: string,
): FieldError {
  const where = [
    line === undefined ? undefined : `line ${line}`,
    element === undefined ? undefined : `element ${element}`,
  ]
    .filter((part) => part !== undefined)
    .join(': ');
  return { path: element ?? 'xml', message: where === '' ? message : `${where}: ${message}` };
}

/** The error for a card that cannot be imported, naming each problem with its line. */
export function invalidCard(summary: string, details: FieldError[]): DomainError {
  const shown = details.slice(0, MAX_DETAILS);
  const first = shown[0];
  const message = first === undefined ? summary : `${summary}: ${first.message}`;
  return new DomainError('validation_failed', message, { details: shown });
}

/** The line number in an xmldom locator-like value, if it has one. */
export function lineOf(located: unknown): number | undefined {
  if (typeof located !== 'object' || located === null) return undefined;
  const line: unknown = Reflect.get(located, 'lineNumber');
  return typeof line === 'number' ? line : undefined;
}
