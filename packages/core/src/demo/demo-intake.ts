import type { Role, TierAnswers } from '@vigil/contracts';
import { findUserIdByEmail } from '../accounts/index';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import {
  acceptIntake,
  activeRuleSet,
  answerIntakeQuestion,
  askIntakeQuestion,
  closeIntake,
  submitIntake,
  tierSystem,
} from '../governance-intake/index';
import { type DemoIntake, type DemoTiering, demoIntakes, demoTierings } from './demo-intake.data';
import { demoUsers } from './demo-users';

const dayMs = 86_400_000;
const office = 'amara.okafor';

/** The dimension keys of rule set version 1, in the order demo scores list them. */
const dimensionOrder = [
  'tier_clinical_impact',
  'tier_autonomy',
  'tier_harm_severity',
  'tier_reversibility',
  'tier_population',
  'tier_scale',
  'tier_change',
  'tier_third_party',
  'tier_data_sensitivity',
  'tier_genai',
] as const;

/** Deps whose clock reads a moment some days before now, so demo records look lived-in. */
function daysBefore(deps: CoreDeps, now: Date, daysAgo: number): CoreDeps {
  const at = new Date(now.getTime() - daysAgo * dayMs);
  return { ...deps, clock: { now: () => at } };
}

async function demoActor(deps: CoreDeps, localPart: string): Promise<Actor> {
  const user = demoUsers.find((u) => u.email.startsWith(`${localPart}@`));
  const userId = user ? await findUserIdByEmail(deps, user.email) : undefined;
  if (!user || !userId) throw new DomainError('internal_error', `No demo user ${localPart}`);
  const roles: readonly Role[] = user.roles;
  return { userId, label: user.displayName, roles, requestId: null };
}

async function systemIdByName(deps: CoreDeps, name: string): Promise<string> {
  const row = await deps.db
    .selectFrom('ai_systems')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row) throw new DomainError('internal_error', `No demo system named ${name}`);
  return row.id;
}

/**
 * Example Health's intakes from several departments over the last weeks, in every status: waiting
 * for triage, with a question for the submitter, accepted into the portfolio, and closed.
 */
export async function seedDemoIntakes(deps: CoreDeps): Promise<number> {
  const now = deps.clock.now();
  const caio = await demoActor(deps, office);
  for (const intake of demoIntakes) await seedIntake(deps, now, caio, intake);
  return demoIntakes.length;
}

async function seedIntake(deps: CoreDeps, now: Date, caio: Actor, intake: DemoIntake) {
  const submitter = await demoActor(deps, intake.submitter);
  const { steps, submitter: _who, daysAgo, vendorName, ...fields } = intake;
  let current = await submitIntake(daysBefore(deps, now, daysAgo), submitter, {
    ...fields,
    vendorName: vendorName ?? null,
    documents: [],
  });
  for (const step of steps) {
    const at = daysBefore(deps, now, step.daysAgo);
    const version = current.version;
    if ('ask' in step)
      current = await askIntakeQuestion(at, caio, current.id, { version, body: step.ask });
    else if ('answer' in step)
      current = await answerIntakeQuestion(at, submitter, current.id, {
        version,
        body: step.answer,
      });
    else if ('acceptAs' in step)
      current = await acceptIntake(at, caio, current.id, {
        version,
        mode: 'link',
        systemId: await systemIdByName(deps, step.acceptAs),
      });
    else current = await closeIntake(at, caio, current.id, { version, reason: step.close });
  }
}

/**
 * Tiers every demo system that is in review, approved for pilot, deployed or monitored under the
 * rules in force, with answers that fit each system. The review demo runs after this and relies on
 * these tierings: the result maps each system's name to its determination id.
 */
export async function seedDemoTierings(deps: CoreDeps): Promise<Map<string, string>> {
  const now = deps.clock.now();
  const caio = await demoActor(deps, office);
  const { version } = await activeRuleSet(deps.db);
  const determinations = new Map<string, string>();
  for (const tiering of demoTierings) {
    const systemId = await systemIdByName(deps, tiering.system);
    const saved = await tierSystem(daysBefore(deps, now, tiering.daysAgo), caio, systemId, {
      ruleSetVersion: version,
      previousDeterminationId: null,
      answers: answersOf(tiering),
      override: tiering.override ?? null,
    });
    determinations.set(tiering.system, saved.id);
  }
  return determinations;
}

function answersOf(tiering: DemoTiering): TierAnswers {
  return {
    scores: Object.fromEntries(dimensionOrder.map((key, i) => [key, tiering.scores[i] ?? 0])),
    estimates: {},
    facts: {
      patient_facing: tiering.facts?.patientFacing ?? false,
      fda_regulated: tiering.facts?.fdaRegulated ?? false,
      genai_patient_data: tiering.facts?.genaiPatientData ?? false,
    },
    imdrfCategory: tiering.imdrf ?? null,
  };
}

/** Intakes and tierings of Example Health; call after the portfolio is seeded. */
export async function seedDemoGovernanceIntake(deps: CoreDeps): Promise<Map<string, string>> {
  await seedDemoIntakes(deps);
  return seedDemoTierings(deps);
}
