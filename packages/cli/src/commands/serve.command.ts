import type { Command } from 'commander';
import { notificationConfigFromEnv, resolveDataDir } from '@vigil/core';
import type { RunningServer } from '@vigil/server';
import { print } from '../core-session';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the Vigil API and web app (PORT, HOST, DATABASE_URL, VIGIL_DATA_DIR, VIGIL_DEMO)',
    )
    .option('--port <port>', 'port to listen on', process.env.PORT ?? '4600')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .action(async (options: { port: string; host: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be a port number; got "${options.port}"`);
      // Loaded on demand so the other commands start without the HTTP stack.
      const { startVigilServer } = await import('@vigil/server');
      const server = await startVigilServer({
        dataDir: resolveDataDir(),
        host: options.host,
        port,
        databaseUrl: process.env.DATABASE_URL,
        demo: process.env.VIGIL_DEMO !== '0',
        adminEmail: process.env.VIGIL_ADMIN_EMAIL,
        adminPassword: process.env.VIGIL_ADMIN_PASSWORD,
        logLevel: process.env.LOG_LEVEL ?? 'info',
        secureCookies: process.env.VIGIL_SECURE_COOKIES === '1',
        notifications: notificationConfigFromEnv(process.env),
      });
      printFirstStart(server);
      print(`Vigil is serving ${server.url} (${server.core.handle.description})`);
      closeOnSignals(server);
    });
}

function printFirstStart(server: RunningServer): void {
  const { demo, admin } = server.firstStart;
  if (demo?.seeded || demo) {
    print(`\nExample Health demo: every account signs in with the password "${demo.password}"`);
    for (const account of demo.accounts)
      print(`  ${account.email.padEnd(36)} ${account.roles.join(', ')}`);
    print('');
  }
  if (admin?.created) {
    print(`\nCreated the first administrator: ${admin.email}`);
    if (admin.generatedPassword)
      print(
        `One-time password (shown only now; change it after signing in): ${admin.generatedPassword}\n`,
      );
  }
}

// Finish in-flight requests, then close the database, on SIGTERM or Ctrl-C.
function closeOnSignals(server: RunningServer): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    print(`Received ${signal}; finishing requests in flight and closing the database…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`vigil: shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
