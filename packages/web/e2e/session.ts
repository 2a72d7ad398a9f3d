import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startVigilServer } from '@vigil/server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(webDir, 'dist');
const chromiumPath = '/usr/bin/chromium';

const hasChromium = existsSync(chromiumPath);
if (!hasChromium && process.env.CI === 'true') {
  throw new Error(
    `Browser tests need Chromium at ${chromiumPath}; install Debian's chromium package in CI.`,
  );
}
if (!hasChromium) {
  console.warn(
    `Skipping browser tests: no Chromium at ${chromiumPath} (apt-get install -y chromium).`,
  );
}

/** `describe` for browser suites: skipped with a printed reason when Chromium is missing locally. */
export const describeInBrowser = describe.skipIf(!hasChromium);

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Builds the web app when dist is missing or older than its sources (web and contracts). */
export function ensureWebBuilt(): void {
  const builtIndex = join(distDir, 'index.html');
  const sources = [
    join(webDir, 'src'),
    join(webDir, 'index.html'),
    join(webDir, 'vite.config.ts'),
    join(webDir, '..', 'contracts', 'src'),
  ];
  const isFresh =
    existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= Math.max(...sources.map(newestMtime));
  if (!isFresh) {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    execFileSync('npx', ['vite', 'build'], {
      cwd: webDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}

/** One server with a fresh demo database and one Chromium profile, shared by a suite's tests. */
export class VigilSession {
  #url: string | undefined;
  #context: BrowserContext | undefined;
  #page: Page | undefined;
  /** Uncaught page errors and CSP violations seen so far; suites assert it stays empty. */
  readonly problems: string[] = [];

  get url(): string {
    return this.#require(this.#url, 'url');
  }

  get page(): Page {
    return this.#require(this.#page, 'page');
  }

  get context(): BrowserContext {
    return this.#require(this.#context, 'context');
  }

  async start(dataDir: string, profileDir: string): Promise<() => Promise<void>> {
    const server = await startVigilServer({
      dataDir,
      port: 0,
      demo: true,
      webDistDir: distDir,
      logLevel: 'warn',
    });
    this.#url = server.url;
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1280, height: 860 },
      acceptDownloads: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    this.#context = context;
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy'))
        this.problems.push(`CSP: ${message.text()}`);
    });
    this.#page = page;
    return async () => {
      await context.close();
      await server.close();
    };
  }

  #require<T>(value: T | undefined, name: string): T {
    if (value === undefined)
      throw new Error(`The Vigil session is not started yet (reading ${name})`);
    return value;
  }
}

/** Starts a session before the suite's tests and removes every trace of it afterwards. */
export function useVigil(): VigilSession {
  const session = new VigilSession();
  const tempDirs: string[] = [];
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ensureWebBuilt();
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-e2e-data-'));
    const profileDir = mkdtempSync(join(tmpdir(), 'vigil-e2e-profile-'));
    tempDirs.push(dataDir, profileDir);
    stop = await session.start(dataDir, profileDir);
  });

  afterAll(async () => {
    await stop?.();
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  return session;
}
