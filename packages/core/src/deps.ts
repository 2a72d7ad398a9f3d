import type { Role } from '@vigil/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from './clock';
import type { DialectName } from './db/config';
import type { Database } from './db/schema';

export type Db = Kysely<Database> | Transaction<Database>;

/** What every service needs, passed explicitly. */
export interface CoreDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  clock: Clock;
}

/** Who is acting, for authorisation and the audit trail. */
export interface Actor {
  userId: string | null;
  label: string;
  roles: readonly Role[];
  requestId: string | null;
}

/** The actor for work the system does on its own (seeding, migrations, CLI without a user). */
export function systemActor(label = 'system', requestId: string | null = null): Actor {
  return { userId: null, label, roles: ['admin'], requestId };
}
