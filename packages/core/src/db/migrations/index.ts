import type { Migration } from 'kysely';
import * as foundation from './202611290100_foundation';
import * as portfolio from './202611290200_portfolio';

/** Every migration in order; the key is its stable name in the migrations table. */
export const migrations: Record<string, Migration> = {
  '202611290100_foundation': foundation,
  '202611290200_portfolio': portfolio,
};
