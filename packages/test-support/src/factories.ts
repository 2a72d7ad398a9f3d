import type { Discipline, Role, UserDto } from '@vigil/contracts';
import { type CoreDeps, createUser, systemActor } from '@vigil/core';

let counter = 0;

export const testPassword = 'correct horse battery staple';

/** Creates a user with sensible defaults; each test names only what it asserts on. */
export async function makeUser(
  deps: CoreDeps,
  overrides: {
    email?: string;
    displayName?: string;
    roles?: Role[];
    disciplines?: Discipline[];
    password?: string;
  } = {},
): Promise<UserDto> {
  counter += 1;
  return createUser(deps, systemActor('test'), {
    email: overrides.email ?? `user${counter}@example.test`,
    displayName: overrides.displayName ?? `Test User ${counter}`,
    password: overrides.password ?? testPassword,
    roles: overrides.roles ?? ['staff'],
    disciplines: overrides.disciplines ?? [],
  });
}
