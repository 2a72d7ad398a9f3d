import { auditEndpoints } from './audit';
import { authEndpoints, tokenEndpoints, userEndpoints } from './accounts';
import type { Endpoint } from './endpoint';
import { governanceCommitteeEndpoints } from './governance-committee-api';
import { healthEndpoints } from './health';
import { instanceEndpoints } from './instance';
import { notificationEndpoints } from './notifications-api';
import { portfolioEndpoints } from './portfolio-api';
import { portfolioCardEndpoints } from './portfolio-cards-api';
import { portfolioDocumentEndpoints } from './portfolio-documents-api';
import { portfolioImportEndpoints } from './portfolio-import';
import { governanceReviewEndpoints } from './governance-review-api';
import { governanceAssessmentEndpoints } from './governance-assessments-api';
import { governanceIntakeEndpoints } from './governance-intake-api';
import { governanceTieringEndpoints } from './governance-tiering-api';

/** Every endpoint of the API, grouped by area; the server registers exactly these. */
export const api = {
  health: healthEndpoints,
  instance: instanceEndpoints,
  auth: authEndpoints,
  users: userEndpoints,
  tokens: tokenEndpoints,
  audit: auditEndpoints,
  portfolio: portfolioEndpoints,
  portfolioCards: portfolioCardEndpoints,
  portfolioImport: portfolioImportEndpoints,
  portfolioDocuments: portfolioDocumentEndpoints,
  governanceReview: governanceReviewEndpoints,
  governanceAssessments: governanceAssessmentEndpoints,
  notifications: notificationEndpoints,
  governanceCommittee: governanceCommitteeEndpoints,
  governanceIntake: governanceIntakeEndpoints,
  governanceTiering: governanceTieringEndpoints,
} as const;

/** A flat list of all endpoints, for the server, the OpenAPI document and the route × role test. */
export function allEndpoints(): Endpoint[] {
  return Object.values(api).flatMap((area) => Object.values(area) as Endpoint[]);
}
