import { documentContentBase64MaxLength } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minimalCard, rejectionOf } from '../model-card/model-card.test-fixtures';
import { saveModelCard } from '../portfolio-cards/index';
import {
  addEvidence,
  getAssessment,
  getEvidenceFile,
  listEvidenceRecordOptions,
  removeEvidence,
  updateAssessment,
} from './index';
import {
  insertDecision,
  newAssessment,
  newSystem,
  pdfBase64,
  testActor,
} from './governance-assessments.test-fixtures';

describe.each(await dialectsUnderTest())('assessment evidence on %s', (dialect) => {
  let core: TestCore;
  let systemId: string;
  let assessmentId: string;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    systemId = (await newSystem(core, 'Clinical deterioration index')).id;
    assessmentId = (await newAssessment(core, systemId)).id;
  });
  afterEach(async () => {
    await core.close();
  });

  const ref = (itemKey = 'nist_measure_2_11') => ({ assessmentId, itemKey });
  const evidenceOf = async (itemKey: string) =>
    (await getAssessment(core, assessmentId)).answers.find((a) => a.itemKey === itemKey)
      ?.evidence ?? [];

  it('attaches a link and refuses the same link twice on one item', async () => {
    const link = {
      kind: 'link' as const,
      title: 'Fairness audit',
      url: 'https://intranet.example-health.org/ai/fairness-2026',
    };
    const added = await addEvidence(core, testActor, ref(), link);
    expect(added).toMatchObject({ kind: 'link', title: 'Fairness audit', linkCount: 1 });
    expect((await rejectionOf(() => addEvidence(core, testActor, ref(), link))).code).toBe(
      'conflict',
    );
    expect(await evidenceOf('nist_measure_2_11')).toHaveLength(1);
  });

  it('stores a file checked by content, with its hash, and gives its bytes back', async () => {
    const added = await addEvidence(core, testActor, ref(), {
      kind: 'file',
      filename: 'subgroups.pdf',
      contentBase64: pdfBase64,
    });
    const bytes = Buffer.from(pdfBase64, 'base64');
    expect(added).toMatchObject({
      title: 'subgroups.pdf',
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
    });
    expect(added.sha256).toMatch(/^[0-9a-f]{64}$/);
    const file = await getEvidenceFile(core, assessmentId, added.id);
    expect(file.bytes.equals(bytes)).toBe(true);
  });

  it('names body.filename for a type it does not accept and body.contentBase64 for disguised content', async () => {
    const script = Buffer.from('<script>alert(1)</script>').toString('base64');
    const badType = await rejectionOf(() =>
      addEvidence(core, testActor, ref(), {
        kind: 'file',
        filename: 'x.exe',
        contentBase64: script,
      }),
    );
    expect(badType).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.filename' }],
    });
    const disguised = await rejectionOf(() =>
      addEvidence(core, testActor, ref(), {
        kind: 'file',
        filename: 'x.png',
        contentBase64: script,
      }),
    );
    expect(disguised.details?.[0]?.path).toBe('body.contentBase64');
  });

  it('refuses a file over the size limit before decoding it', async () => {
    const error = await rejectionOf(() =>
      addEvidence(core, testActor, ref(), {
        kind: 'file',
        filename: 'huge.pdf',
        contentBase64: 'A'.repeat(documentContentBase64MaxLength + 4),
      }),
    );
    expect(error.code).toBe('payload_too_large');
  });

  it('cites the model card and a governance decision of the system', async () => {
    const card = await saveModelCard(core, testActor, systemId, {
      card: minimalCard(),
      basedOnVersion: 0,
    });
    const decisionId = await insertDecision(core, systemId);
    const options = await listEvidenceRecordOptions(core, assessmentId);
    expect(options.map((o) => o.recordType)).toEqual([
      'ai_system',
      'model_card',
      'governance_decision',
    ]);
    const cited = await addEvidence(core, testActor, ref(), {
      kind: 'record',
      recordType: 'model_card',
      recordId: options[1]?.recordId ?? '',
    });
    expect(cited).toMatchObject({
      kind: 'record',
      title: `Model card v${card.cardVersion}: Clinical deterioration index`,
      recordSystemId: systemId,
    });
    const decision = await addEvidence(core, testActor, ref('nist_manage_1_1'), {
      kind: 'record',
      recordType: 'governance_decision',
      recordId: decisionId,
    });
    expect(decision.title).toBe('Decision: Approve with conditions: Clinical deterioration index');
  });

  it('names body.recordId for a record that does not exist or belongs to another system', async () => {
    const missing = await rejectionOf(() =>
      addEvidence(core, testActor, ref(), {
        kind: 'record',
        recordType: 'model_card',
        recordId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(missing).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.recordId' }],
    });
    const other = await newSystem(core, 'Sepsis early warning');
    const elsewhere = await rejectionOf(() =>
      addEvidence(core, testActor, ref(), {
        kind: 'record',
        recordType: 'ai_system',
        recordId: other.id,
      }),
    );
    expect(elsewhere).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.recordId', message: 'belongs to another AI system' }],
    });
  });

  it('detaches evidence, deleting it with its file once no item cites it', async () => {
    const added = await addEvidence(core, testActor, ref(), {
      kind: 'file',
      filename: 'subgroups.pdf',
      contentBase64: pdfBase64,
    });
    await removeEvidence(core, testActor, { ...ref(), evidenceId: added.id });
    expect(await evidenceOf('nist_measure_2_11')).toEqual([]);
    const stored = await core.db.selectFrom('assessment_evidence').select('id').execute();
    expect(stored).toEqual([]);
    const again = await rejectionOf(() =>
      removeEvidence(core, testActor, { ...ref(), evidenceId: added.id }),
    );
    expect(again.code).toBe('not_found');
  });

  it('refuses new evidence on an archived assessment', async () => {
    await updateAssessment(core, testActor, assessmentId, {
      status: 'archived',
      expectedVersion: 1,
    });
    const error = await rejectionOf(() =>
      addEvidence(core, testActor, ref(), { kind: 'link', title: 'x', url: 'https://example.org' }),
    );
    expect(error.code).toBe('conflict');
  });
});
