import { api, documentUploadBodyLimitBytes } from '@vigil/contracts';
import {
  type VigilCore,
  addEvidence,
  answerItem,
  applyCrosswalk,
  createAssessment,
  exportAssessmentCsv,
  getAssessment,
  getCrosswalk,
  getEvidenceFile,
  getFramework,
  getGapReport,
  getSystemAssessments,
  listAssessments,
  listEvidenceRecordOptions,
  listFrameworks,
  removeEvidence,
  updateAssessment,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint, replySent } from '../http/bind';
import { actorOf } from '../http/principal';
import { attachmentDisposition } from './portfolio-documents.routes';

const textTypes = new Set(['text/plain', 'text/csv', 'text/markdown']);

export function registerGovernanceAssessmentRoutes(app: FastifyInstance, core: VigilCore): void {
  const a = api.governanceAssessments;
  const item = (p: { id: string; itemKey: string }) => ({
    assessmentId: p.id,
    itemKey: p.itemKey,
  });
  bindEndpoint(app, a.frameworks, async () => listFrameworks());
  bindEndpoint(app, a.framework, async ({ params }) => getFramework(params.frameworkKey));
  bindEndpoint(app, a.list, ({ query }) => listAssessments(core, query));
  bindEndpoint(app, a.create, ({ body, request }) =>
    createAssessment(core, actorOf(request), body),
  );
  bindEndpoint(app, a.get, ({ params }) => getAssessment(core, params.id));
  bindEndpoint(app, a.update, ({ params, body, request }) =>
    updateAssessment(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, a.answer, ({ params, body, request }) =>
    answerItem(core, actorOf(request), item(params), body),
  );
  bindEndpoint(
    app,
    a.addEvidence,
    ({ params, body, request }) => addEvidence(core, actorOf(request), item(params), body),
    { bodyLimitBytes: documentUploadBodyLimitBytes },
  );
  bindEndpoint(app, a.removeEvidence, async ({ params, request }) => {
    await removeEvidence(core, actorOf(request), {
      ...item(params),
      evidenceId: params.evidenceId,
    });
    return undefined;
  });
  bindEndpoint(app, a.downloadEvidence, async ({ params, reply }) => {
    const file = await getEvidenceFile(core, params.id, params.evidenceId);
    // Like system documents: always an attachment, never sniffed, sandboxed if rendered anyway.
    await reply
      .type(textTypes.has(file.mediaType) ? `${file.mediaType}; charset=utf-8` : file.mediaType)
      .header('content-disposition', attachmentDisposition(file.filename))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', 'sandbox')
      .header('cache-control', 'private, no-store')
      .send(file.bytes);
    return replySent;
  });
  bindEndpoint(app, a.records, ({ params }) => listEvidenceRecordOptions(core, params.id));
  bindEndpoint(app, a.crosswalk, ({ params }) => getCrosswalk(core, item(params)));
  bindEndpoint(app, a.applyCrosswalk, ({ params, body, request }) =>
    applyCrosswalk(core, actorOf(request), item(params), body),
  );
  bindEndpoint(app, a.gaps, ({ params }) => getGapReport(core, params.id));
  bindEndpoint(app, a.exportCsv, async ({ params, reply }) => {
    const { filename, csv } = await exportAssessmentCsv(core, params.id);
    await reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachmentDisposition(filename))
      .header('x-content-type-options', 'nosniff')
      .send(csv);
    return replySent;
  });
  bindEndpoint(app, a.systemAssessments, ({ params }) => getSystemAssessments(core, params.id));
}
