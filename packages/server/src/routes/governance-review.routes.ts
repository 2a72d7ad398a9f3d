import { api } from '@vigil/contracts';
import {
  type VigilCore,
  assignReviewer,
  decideReview,
  declareConflict,
  getDecision,
  getGovernanceState,
  getReview,
  listConditions,
  listMyReviews,
  listReviewerCandidates,
  listReviews,
  markConditionMet,
  openReview,
  recordReview,
  transitionSystem,
  unassignReviewer,
  waiveCondition,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint } from '../http/bind';
import { actorOf } from '../http/principal';

export function registerGovernanceReviewRoutes(app: FastifyInstance, core: VigilCore): void {
  const g = api.governanceReview;
  bindEndpoint(app, g.systemState, ({ params }) => getGovernanceState(core, params.id));
  bindEndpoint(app, g.transition, ({ params, body, request }) =>
    transitionSystem(core, actorOf(request), { ...body, systemId: params.id }),
  );
  bindEndpoint(app, g.listReviews, ({ query }) => listReviews(core, query));
  bindEndpoint(app, g.openReview, ({ body, request }) => openReview(core, actorOf(request), body));
  bindEndpoint(app, g.getReview, ({ params }) => getReview(core, params.id));
  bindEndpoint(app, g.myReviews, ({ request }) => listMyReviews(core, actorOf(request)));
  bindEndpoint(app, g.reviewerCandidates, ({ query }) => listReviewerCandidates(core, query));
  bindEndpoint(app, g.assign, ({ params, body, request }) =>
    assignReviewer(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, g.unassign, async ({ params, request }) => {
    await unassignReviewer(core, actorOf(request), params.id, params.assignmentId);
    return undefined;
  });
  bindEndpoint(app, g.declareConflict, ({ params, body, request }) =>
    declareConflict(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, g.recordReview, ({ params, body, request }) =>
    recordReview(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, g.decide, ({ params, body, request }) =>
    decideReview(core, actorOf(request), { ...body, reviewId: params.id }),
  );
  bindEndpoint(app, g.getDecision, ({ params }) => getDecision(core, params.id));
  bindEndpoint(app, g.listConditions, ({ query, request }) =>
    listConditions(core, actorOf(request), query),
  );
  bindEndpoint(app, g.meetCondition, ({ params, body, request }) =>
    markConditionMet(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, g.waiveCondition, ({ params, body, request }) =>
    waiveCondition(core, actorOf(request), params.id, body),
  );
}
