// The `vigil` command as one bundled module, cached on disk and rebuilt when a source changes.
// Vigil runs from its TypeScript sources with no build step; loading hundreds of modules through a
// TypeScript loader takes about a second before any command runs, one bundled file a fraction.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const entry = fileURLToPath(new URL('../src/main.ts', import.meta.url));
// Inside the repository's node_modules, so that the packages left out of the bundle resolve.
const cacheDir = join(root, 'node_modules', '.cache', 'vigil-cli');

/**
 * The path of a current bundle of the command, building it when a source changed; null when it
 * cannot be built (the caller then runs the sources through tsx).
 * @returns {Promise<string | null>}
 */
export async function cachedCliBundle() {
  const key = createHash('sha256')
    .update(`${entry}\0${process.version}`)
    .digest('hex')
    .slice(0, 16);
  const paths = {
    bundle: join(cacheDir, `main-${key}.mjs`),
    inputs: join(cacheDir, `main-${key}.json`),
  };
  if (isCurrent(paths.inputs)) return paths.bundle;
  try {
    return await build(paths);
  } catch {
    return null;
  }
}

/** True when every input recorded for the bundle is unchanged (size and modification time). */
function isCurrent(inputsPath) {
  try {
    const inputs = JSON.parse(readFileSync(inputsPath, 'utf8'));
    return inputs.every((input) => {
      const now = statSync(input.path);
      return now.mtimeMs === input.mtimeMs && now.size === input.size;
    });
  } catch {
    return false;
  }
}

async function build(paths) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    absWorkingDir: root,
    logLevel: 'silent',
    plugins: [onlyVigilSources, sourceLocatedMeta],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) return null;
  const inputs = Object.keys(result.metafile.inputs).map((input) => {
    const path = resolve(root, input);
    const { mtimeMs, size } = statSync(path);
    return { path, mtimeMs, size };
  });
  mkdirSync(dirname(paths.bundle), { recursive: true });
  // The bundle before its inputs: a reader that finds current inputs finds the bundle they made.
  writeAtomically(paths.bundle, code);
  writeAtomically(paths.inputs, JSON.stringify(inputs));
  return paths.bundle;
}

/** Installed packages stay imports, resolved at run time as before; Vigil's own are bundled. */
const onlyVigilSources = {
  name: 'only-vigil-sources',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@vigil/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Sources find files beside them through `import.meta.url` (schemas, the web build, the worker's
 * entry); in a bundle it would name the bundle, so each source keeps its own location.
 */
const sourceLocatedMeta = {
  name: 'source-located-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/** Concurrent commands may race to fill the cache; a rename never leaves a half-written file. */
function writeAtomically(path, text) {
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}
