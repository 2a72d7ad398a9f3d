export * from './errors';
export * from './clock';
export * from './deps';
export * from './vigil';
export {
  resolveDatabaseConfig,
  resolveDataDir,
  describeDatabase,
  type DatabaseConfig,
  type DialectName,
} from './db/config';
export { openDatabase, type DatabaseHandle } from './db/connection';
export { migrateToLatest, migrationsFingerprint, type MigrationOutcome } from './db/migrate';
export type { Database } from './db/schema';
export * from './accounts/index';
export * from './audit/index';
export { getInstanceInfo } from './instance/instance.service';
export { bootstrapFirstAdmin, type BootstrapOutcome } from './instance/bootstrap';
export { seedDemoInstitution, type SeedOutcome } from './demo/demo-seed';
export { demoPassword, demoUsers } from './demo/demo-users';
export { backupSqlite, restoreSqlite } from './backup/sqlite-backup';
export * from './portfolio/index';
export * from './portfolio-cards/index';
export * from './model-card/index';
export * from './portfolio-import/index';
export * from './portfolio-documents/index';
export * from './notifications/index';
export * from './governance-assessments/index';
export * from './governance-committee/index';
export * from './governance-review/index';
export * from './governance-intake/index';
