import { createUser } from '../accounts/index';
import { countAllUsers } from '../accounts/accounts.queries';
import { systemActor, type CoreDeps } from '../deps';
import { setDemoSignIn, setInstitutionName } from '../instance/instance.service';
import { seedDemoAssessments } from './demo-assessments';
import { seedDemoCards } from './demo-cards';
import { seedDemoCommittee } from './demo-committee';
import { seedDemoGovernanceIntake } from './demo-intake';
import { seedDemoNotifications } from './demo-notifications';
import { seedDemoPortfolio } from './demo-portfolio';
import { seedDemoReviews } from './demo-review';
import { demoPassword, demoUsers } from './demo-users';

export interface SeedOutcome {
  seeded: boolean;
  accounts: { email: string; displayName: string; roles: string[] }[];
  password: string;
}

/**
 * Seeds Example Health on an empty database; does nothing when any user exists.
 * Each area adds its demo records here as it lands.
 */
export async function seedDemoInstitution(deps: CoreDeps): Promise<SeedOutcome> {
  const accounts = demoUsers.map(({ email, displayName, roles }) => ({
    email,
    displayName,
    roles,
  }));
  if ((await countAllUsers(deps.db)) > 0)
    return { seeded: false, accounts, password: demoPassword };
  const actor = systemActor('demo seed');
  for (const user of demoUsers) {
    await createUser(deps, actor, { ...user, password: demoPassword });
  }
  await seedDemoPortfolio(deps, actor);
  await seedDemoCards(deps, actor);
  await seedDemoGovernanceIntake(deps);
  await seedDemoReviews(deps);
  await seedDemoAssessments(deps);
  await seedDemoCommittee(deps);
  await setInstitutionName(deps.db, 'Example Health');
  await setDemoSignIn(deps.db, { password: demoPassword, accounts });
  await seedDemoNotifications(deps);
  return { seeded: true, accounts, password: demoPassword };
}
