import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { password as passwordSchema } from '@vigil/contracts';
import {
  type BootstrapOutcome,
  type NotificationConfig,
  type SeedOutcome,
  type VigilCore,
  bootstrapFirstAdmin,
  notificationConfigFromEnv,
  openVigilCore,
  purgeExpiredSessions,
  resolveDatabaseConfig,
  saveNotificationSettings,
  seedDemoInstitution,
  startNotificationScheduler,
} from '@vigil/core';
import { buildApp } from './app';
import { vigilVersion } from './version';

export interface StartOptions {
  dataDir: string;
  host?: string;
  port?: number;
  databaseUrl?: string;
  /** Seed Example Health on an empty database (default true). */
  demo?: boolean;
  adminEmail?: string;
  adminPassword?: string;
  webDistDir?: string | null;
  logLevel?: string;
  secureCookies?: boolean;
  /** SMTP, public address, digest hour and scheduler interval (default: email off). */
  notifications?: NotificationConfig;
}

export interface RunningServer {
  url: string;
  core: VigilCore;
  firstStart: { demo: SeedOutcome | null; admin: BootstrapOutcome | null };
  close(): Promise<void>;
}

/** The built web app shipped beside the server in this repository. */
export const defaultWebDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Opens and migrates the database, seeds it on first start, and serves the API and web app.
 * @throws DomainError database_unavailable when the database cannot be opened or migrated
 */
export async function startVigilServer(options: StartOptions): Promise<RunningServer> {
  if (options.adminPassword !== undefined) {
    const check = passwordSchema.safeParse(options.adminPassword);
    if (!check.success)
      throw new Error(`VIGIL_ADMIN_PASSWORD ${check.error.issues[0]?.message ?? 'is not valid'}`);
  }
  const core = await openVigilCore(
    resolveDatabaseConfig({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }),
  );
  try {
    const firstStart = await prepareFirstStart(core, options);
    const webDistDir = options.webDistDir === undefined ? defaultWebDistDir : options.webDistDir;
    const app = await buildApp({
      core,
      version: vigilVersion,
      webDistDir: webDistDir && existsSync(webDistDir) ? webDistDir : null,
      logLevel: options.logLevel,
      secureCookies: options.secureCookies,
    });
    const sweep = setInterval(
      () => void purgeExpiredSessions(core).catch(() => undefined),
      10 * 60_000,
    );
    sweep.unref();
    const address = await app.listen({
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 4600,
    });
    const url = address.replace('[::1]', 'localhost');
    const notifications = options.notifications ?? notificationConfigFromEnv({});
    // A wildcard listening address is no address to put in an email.
    const listenedAt = /\/\/(0\.0\.0\.0|\[::\])/.test(url) ? null : url;
    await saveNotificationSettings(core.db, {
      publicUrl: notifications.publicUrl ?? listenedAt,
      digestHourUtc: notifications.digestHourUtc,
    });
    const scheduler = startNotificationScheduler(core, notifications, {
      info: (message) => app.log.info(message),
      warn: (message) => app.log.warn(message),
    });
    void scheduler.runOnce();
    return {
      url,
      core,
      firstStart,
      close: async () => {
        clearInterval(sweep);
        await scheduler.stop();
        await app.close();
        await core.close();
      },
    };
  } catch (error) {
    await core.close();
    throw error;
  }
}

async function prepareFirstStart(
  core: VigilCore,
  options: StartOptions,
): Promise<RunningServer['firstStart']> {
  if (options.demo ?? true) return { demo: await seedDemoInstitution(core), admin: null };
  const admin = await bootstrapFirstAdmin(core, {
    email: options.adminEmail,
    password: options.adminPassword,
  });
  return { demo: null, admin };
}
