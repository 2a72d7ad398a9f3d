import type { EvidenceAddInput } from '@vigil/contracts';
import { findUserIdByEmail } from '../accounts/index';
import type { Actor, CoreDeps } from '../deps';
import {
  addEvidence,
  answerItem,
  applyCrosswalk,
  createAssessment,
  getCrosswalk,
  listAssessments,
} from '../governance-assessments/index';
import {
  type DemoAnswer,
  type DemoAssessment,
  type DemoEvidence,
  demoAssessments,
} from './demo-assessments.data';
import { demoUsers } from './demo-users';

const emailDomain = 'example-health.org';

/** What the seeder needs to know about a demo system: its id and the records evidence cites. */
interface SystemRecords {
  id: string;
  model_card: string | null;
  system_document: string | null;
  governance_decision: string | null;
}

/**
 * Example Health's framework assessments in progress: the deterioration index against NIST AI
 * RMF and HTI-1 IRM, and the institution against RUAIH, answered by the people who own each item.
 */
export async function seedDemoAssessments(deps: CoreDeps): Promise<number> {
  const actors = await demoActors(deps);
  const caio = actors.get('amara.okafor');
  if (!caio) return 0;
  let seeded = 0;
  for (const plan of demoAssessments) {
    const system = plan.system === null ? null : await systemRecords(deps, plan.system);
    if (plan.system !== null && !system) continue;
    const assessment = await createAssessment(deps, caio, {
      frameworkKey: plan.frameworkKey,
      scope: system ? 'system' : 'institution',
      systemId: system?.id ?? null,
      title: plan.title,
    });
    for (const answer of plan.answers) {
      const actor = (answer.owner ? actors.get(answer.owner) : undefined) ?? caio;
      await seedAnswer(deps, { caio, actor, actors }, assessment.id, answer, system);
    }
    if (plan.crosswalkFrom) await applyFrom(deps, caio, plan, assessment.id, system?.id ?? null);
    seeded += 1;
  }
  return seeded;
}

async function seedAnswer(
  deps: CoreDeps,
  people: { caio: Actor; actor: Actor; actors: Map<string, Actor> },
  assessmentId: string,
  answer: DemoAnswer,
  system: SystemRecords | null,
): Promise<void> {
  const ref = { assessmentId, itemKey: answer.item };
  const ownerId = answer.owner ? (people.actors.get(answer.owner)?.userId ?? null) : null;
  // An unanswered item with an owner is the CAIO's assignment; the owner has not answered yet.
  const answeredBy = answer.status === 'unanswered' ? people.caio : people.actor;
  await answerItem(deps, answeredBy, ref, {
    status: answer.status,
    note: answer.note ?? null,
    ownerId,
    expectedVersion: 1,
  });
  for (const evidence of answer.evidence ?? []) {
    const input = evidenceInput(evidence, system);
    if (input) await addEvidence(deps, people.actor, ref, input);
  }
}

function evidenceInput(
  evidence: DemoEvidence,
  system: SystemRecords | null,
): EvidenceAddInput | null {
  if ('link' in evidence) return { kind: 'link', title: evidence.title, url: evidence.link };
  if ('file' in evidence)
    return {
      kind: 'file',
      filename: evidence.file,
      contentBase64: Buffer.from(evidence.text, 'utf8').toString('base64'),
    };
  if (!system) return null;
  const recordId = evidence.record === 'ai_system' ? system.id : system[evidence.record];
  return recordId ? { kind: 'record', recordType: evidence.record, recordId } : null;
}

/** Applies the evidence of items of another assessment of the same subject to this one. */
async function applyFrom(
  deps: CoreDeps,
  actor: Actor,
  plan: DemoAssessment,
  targetId: string,
  systemId: string | null,
): Promise<void> {
  if (!plan.crosswalkFrom) return;
  const [source] = await listAssessments(deps, {
    frameworkKey: plan.crosswalkFrom.frameworkKey,
    status: 'in_progress',
    ...(systemId === null ? { scope: 'institution' as const } : { systemId }),
  });
  if (!source) return;
  for (const itemKey of plan.crosswalkFrom.items) {
    const ref = { assessmentId: source.id, itemKey };
    const crosswalk = await getCrosswalk(deps, ref);
    const targets = crosswalk.suggestions
      .filter((s) => s.assessmentId === targetId && s.missingEvidenceIds.length > 0)
      .map((s) => ({ assessmentId: targetId, itemKey: s.itemKey }));
    if (targets.length > 0) await applyCrosswalk(deps, actor, ref, { targets });
  }
}

async function demoActors(deps: CoreDeps): Promise<Map<string, Actor>> {
  const actors = new Map<string, Actor>();
  for (const user of demoUsers) {
    const userId = await findUserIdByEmail(deps, user.email);
    if (!userId) continue;
    actors.set(user.email.replace(`@${emailDomain}`, ''), {
      userId,
      label: user.displayName,
      roles: user.roles,
      requestId: null,
    });
  }
  return actors;
}

async function systemRecords(deps: CoreDeps, name: string): Promise<SystemRecords | null> {
  const system = await deps.db
    .selectFrom('ai_systems')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (!system) return null;
  const card = await deps.db
    .selectFrom('model_cards')
    .select('id')
    .where('system_id', '=', system.id)
    .orderBy('card_version', 'desc')
    .executeTakeFirst();
  const document = await deps.db
    .selectFrom('ai_system_documents')
    .select('id')
    .where('system_id', '=', system.id)
    .orderBy('uploaded_at', 'desc')
    .executeTakeFirst();
  const decision = await deps.db
    .selectFrom('governance_decisions')
    .select('id')
    .where('system_id', '=', system.id)
    .orderBy('decided_at', 'desc')
    .executeTakeFirst();
  return {
    id: system.id,
    model_card: card?.id ?? null,
    system_document: document?.id ?? null,
    governance_decision: decision?.id ?? null,
  };
}
