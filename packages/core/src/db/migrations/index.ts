import type { Migration } from 'kysely';
import * as foundation from './202611290100_foundation';
import * as portfolio from './202611290200_portfolio';
import * as portfolioImports from './202611290310_portfolio-imports';
import * as modelCards from './202611290300_model-cards';
import * as systemDocuments from './202611290400_system-documents';
import * as systemCompleteness from './202611290410_system-completeness';
import * as governance from './202611290500_governance';
import * as tierRules from './202611290510_tier-rules';
import * as calendarFeeds from './202611290530_calendar-feeds';
import * as governanceAssessments from './202611290540_governance-assessments';
import * as notifications from './202611290550_notifications';

/** Every migration in order; the key is its stable name in the migrations table. */
export const migrations: Record<string, Migration> = {
  '202611290100_foundation': foundation,
  '202611290200_portfolio': portfolio,
  '202611290310_portfolio-imports': portfolioImports,
  '202611290300_model-cards': modelCards,
  '202611290400_system-documents': systemDocuments,
  '202611290410_system-completeness': systemCompleteness,
  '202611290500_governance': governance,
  '202611290510_tier-rules': tierRules,
  '202611290530_calendar-feeds': calendarFeeds,
  '202611290540_governance-assessments': governanceAssessments,
  '202611290550_notifications': notifications,
};
