import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

interface CachedInput {
  path: string;
  mtimeMs: number;
  size: number;
}

const CACHE_DIR = join(tmpdir(), 'vigil-workers');

/**
 * The worker entry `entry` (a TypeScript file) and everything it imports, bundled into one
 * CommonJS script for `new Worker(source, { eval: true })`. Vigil runs from its TypeScript
 * sources, and loading a worker's modules through a TypeScript loader takes longer than the
 * work it would share; one bundled script starts in tens of milliseconds. The bundle is cached
 * on disk and rebuilt when any of its inputs changes. Null when bundling is not possible.
 */
export function bundledWorkerSource(entry: string): string | Promise<string | null> {
  const paths = cachePaths(entry);
  return readCached(paths) ?? buildAndCache(entry, paths);
}

interface CachePaths {
  script: string;
  inputs: string;
}

function cachePaths(entry: string): CachePaths {
  const key = createHash('sha256')
    .update(`${entry}\0${process.version}`)
    .digest('hex')
    .slice(0, 16);
  return { script: join(CACHE_DIR, `${key}.cjs`), inputs: join(CACHE_DIR, `${key}.inputs.json`) };
}

/** The cached bundle when none of its inputs changed; synchronous, so a worker starts at once. */
function readCached(paths: CachePaths): string | null {
  try {
    const inputs = JSON.parse(readFileSync(paths.inputs, 'utf8')) as CachedInput[];
    const unchanged = inputs.every((input) => {
      const current = statSync(input.path);
      return current.mtimeMs === input.mtimeMs && current.size === input.size;
    });
    return unchanged ? readFileSync(paths.script, 'utf8') : null;
  } catch {
    return null;
  }
}

async function buildAndCache(entry: string, paths: CachePaths): Promise<string | null> {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      absWorkingDir: '/',
      logLevel: 'silent',
    });
    const source = result.outputFiles[0]?.text;
    if (source === undefined) return null;
    const inputs = await Promise.all(
      Object.keys(result.metafile.inputs).map(async (input) => {
        const path = resolve('/', input);
        const info = await stat(path);
        return { path, mtimeMs: info.mtimeMs, size: info.size };
      }),
    );
    await mkdir(CACHE_DIR, { recursive: true });
    await writeAtomically(paths.script, source);
    await writeAtomically(paths.inputs, JSON.stringify(inputs));
    return source;
  } catch {
    return null;
  }
}

/** Concurrent runs may race to fill the cache; a rename never leaves a half-written file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, text);
  await rename(partial, path);
}
