import { api, documentUploadBodyLimitBytes, intakeSubmitBodyLimitBytes } from '@vigil/contracts';
import {
  type VigilCore,
  acceptIntake,
  addIntakeDocument,
  answerIntakeQuestion,
  askIntakeQuestion,
  closeIntake,
  getActiveRuleSet,
  getIntake,
  getIntakeDocumentFile,
  getIntakeFacets,
  getRuleSetVersion,
  getTieringPrefill,
  listDeterminations,
  listIntakes,
  listMyIntakes,
  listRuleSetVersions,
  previewTiering,
  publishRuleSet,
  submitIntake,
  tierSystem,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint, replySent } from '../http/bind';
import { actorOf } from '../http/principal';
import { attachmentDisposition } from './portfolio-documents.routes';

const textTypes = new Set(['text/plain', 'text/csv', 'text/markdown']);

export function registerGovernanceIntakeRoutes(app: FastifyInstance, core: VigilCore): void {
  const i = api.governanceIntake;
  bindEndpoint(app, i.submit, ({ body, request }) => submitIntake(core, actorOf(request), body), {
    bodyLimitBytes: intakeSubmitBodyLimitBytes,
  });
  bindEndpoint(app, i.mine, ({ request }) => listMyIntakes(core, actorOf(request)));
  bindEndpoint(app, i.list, ({ query }) => listIntakes(core, query));
  bindEndpoint(app, i.facets, () => getIntakeFacets(core));
  bindEndpoint(app, i.get, ({ params, request }) => getIntake(core, actorOf(request), params.id));
  bindEndpoint(
    app,
    i.addDocument,
    ({ params, body, request }) => addIntakeDocument(core, actorOf(request), params.id, body),
    { bodyLimitBytes: documentUploadBodyLimitBytes },
  );
  bindEndpoint(app, i.downloadDocument, async ({ params, request, reply }) => {
    const file = await getIntakeDocumentFile(core, actorOf(request), params.id, params.documentId);
    // Always an attachment, never sniffed, and sandboxed should a browser render it anyway.
    await reply
      .type(textTypes.has(file.mediaType) ? `${file.mediaType}; charset=utf-8` : file.mediaType)
      .header('content-disposition', attachmentDisposition(file.filename))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', 'sandbox')
      .header('cache-control', 'private, no-store')
      .send(file.bytes);
    return replySent;
  });
  bindEndpoint(app, i.ask, ({ params, body, request }) =>
    askIntakeQuestion(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, i.answer, ({ params, body, request }) =>
    answerIntakeQuestion(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, i.accept, ({ params, body, request }) =>
    acceptIntake(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, i.close, ({ params, body, request }) =>
    closeIntake(core, actorOf(request), params.id, body),
  );

  const t = api.governanceTiering;
  bindEndpoint(app, t.activeRuleSet, () => getActiveRuleSet(core));
  bindEndpoint(app, t.ruleSetVersions, () => listRuleSetVersions(core));
  bindEndpoint(app, t.ruleSetVersion, ({ params }) => getRuleSetVersion(core, params.version));
  bindEndpoint(app, t.publishRuleSet, ({ body, request }) =>
    publishRuleSet(core, actorOf(request), body),
  );
  bindEndpoint(app, t.preview, ({ body }) => previewTiering(core, body));
  bindEndpoint(app, t.prefill, ({ params }) => getTieringPrefill(core, params.id));
  bindEndpoint(app, t.tierSystem, ({ params, body, request }) =>
    tierSystem(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, t.determinations, ({ params }) => listDeterminations(core, params.id));
}
