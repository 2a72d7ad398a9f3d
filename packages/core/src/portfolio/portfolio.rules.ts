import { type AiSystemSnapshot, type FieldError, fdaStatusesWithNumber } from '@vigil/contracts';
import type { Actor, Db } from '../deps';
import { DomainError } from '../errors';
import { findUserNames } from './portfolio.queries';

const ownerFields = ['clinicalOwnerId', 'technicalOwnerId', 'executiveSponsorId'] as const;

/** Lists without blanks or repeats, in the order given. */
export function normaliseSnapshot(s: AiSystemSnapshot): AiSystemSnapshot {
  const unique = (values: readonly string[]) => [...new Set(values)];
  const seenUrls = new Set<string>();
  return {
    ...s,
    departments: unique(s.departments),
    sites: unique(s.sites),
    tags: unique(s.tags),
    links: s.links.filter((l) => !seenUrls.has(l.url) && seenUrls.add(l.url)),
  };
}

/**
 * Checks the rules that span fields or need the database: a clearance number only with a
 * status that has one, and owners who are existing users.
 * @throws DomainError validation_failed naming each offending field under `body.`
 */
export async function checkSnapshot(db: Db, s: AiSystemSnapshot): Promise<void> {
  const names = await findUserNames(
    db,
    ownerFields.flatMap((f) => s[f] ?? []),
  );
  const problems = snapshotProblems(s, names);
  if (problems.length > 0) {
    throw new DomainError('validation_failed', 'The AI system record is not valid', {
      details: problems,
    });
  }
}

/**
 * The cross-field rules of checkSnapshot as data, for callers that check many records at once;
 * `users` holds (at least) every existing user the record names. Paths are `body.<field>`.
 */
export function snapshotProblems(
  s: AiSystemSnapshot,
  users: ReadonlyMap<string, unknown> | ReadonlySet<string>,
): FieldError[] {
  const problems: FieldError[] = [];
  if (s.fdaClearanceNumber !== null && !fdaStatusesWithNumber.includes(s.fdaStatus)) {
    problems.push({
      path: 'body.fdaClearanceNumber',
      message: 'applies only to a 510(k) clearance, De Novo grant or PMA approval',
    });
  }
  for (const field of ownerFields) {
    const userId = s[field];
    if (userId !== null && !users.has(userId))
      problems.push({ path: `body.${field}`, message: 'is not a user of this instance' });
  }
  return problems;
}

/**
 * Only the CAIO's office may register a system as already in use; everyone else proposes.
 * @throws DomainError forbidden
 */
export function checkInitialState(actor: Actor, state: AiSystemSnapshot['lifecycleState']): void {
  if (state === 'proposed') return;
  if (!mayRegisterInUse(actor)) {
    throw new DomainError(
      'forbidden',
      `Only an administrator or the CAIO may register a system as ${state}; propose it instead`,
      {
        details: [{ path: 'body.initialState', message: 'must be proposed for your roles' }],
      },
    );
  }
}

/** True when the actor may register a system as already deployed or monitored. */
export function mayRegisterInUse(actor: Actor): boolean {
  return actor.roles.some((r) => r === 'admin' || r === 'caio');
}
