import { createUser } from '../accounts/index';
import { countAllUsers } from '../accounts/accounts.queries';
import { randomSecret } from '../accounts/secrets';
import { systemActor, type CoreDeps } from '../deps';
import { setInstitutionName } from './instance.service';

export type BootstrapOutcome =
  { created: false } | { created: true; email: string; generatedPassword: string | null };

/**
 * On an empty, non-demo database creates the first administrator: from the given email and
 * password, or with a generated password the caller must show once.
 */
export async function bootstrapFirstAdmin(
  deps: CoreDeps,
  options: {
    email?: string | undefined;
    password?: string | undefined;
    institutionName?: string | undefined;
  },
): Promise<BootstrapOutcome> {
  if ((await countAllUsers(deps.db)) > 0) return { created: false };
  const email = (options.email ?? 'admin@localhost.localdomain').trim().toLowerCase();
  const generatedPassword = options.password ? null : randomSecret(18);
  await createUser(deps, systemActor('first start'), {
    email,
    displayName: 'Administrator',
    password: options.password ?? generatedPassword ?? '',
    roles: ['admin'],
    disciplines: [],
  });
  await setInstitutionName(deps.db, options.institutionName ?? 'Vigil');
  return { created: true, email, generatedPassword };
}
