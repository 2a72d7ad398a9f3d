import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cachedCliBundle } from '../bin/cli-bundle.mjs';

interface RecordedInput {
  path: string;
  mtimeMs: number;
  size: number;
}

const source = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

describe('the vigil command bundle', () => {
  it('bundles the command with its workspace sources, leaving installed packages to Node', async () => {
    const bundle = await cachedCliBundle();
    if (bundle === null) throw new Error('expected a bundle');
    const inputs = recordedInputs(bundle).map((input) => input.path);
    expect(inputs).toContain(source('./main.ts'));
    expect(inputs).toContain(source('../../core/src/index.ts'));
    expect(inputs.some((path) => path.includes('node_modules'))).toBe(false);
    // Sources keep their own location for the files they read beside them.
    expect(readFileSync(bundle, 'utf8')).not.toContain('import.meta.url');
  });

  it('reuses the bundle while its sources are unchanged, and rebuilds it when one changed', async () => {
    const bundle = await cachedCliBundle();
    if (bundle === null) throw new Error('expected a bundle');
    const builtAt = statSync(bundle).mtimeMs;
    expect(await cachedCliBundle()).toBe(bundle);
    expect(statSync(bundle).mtimeMs).toBe(builtAt);

    // A source that no longer matches what the bundle was built from.
    const inputs = recordedInputs(bundle);
    const [first, ...rest] = inputs;
    if (first === undefined) throw new Error('expected recorded inputs');
    writeFileSync(inputsOf(bundle), JSON.stringify([{ ...first, size: first.size + 1 }, ...rest]));
    expect(await cachedCliBundle()).toBe(bundle);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(builtAt);
    expect(recordedInputs(bundle)[0]).toEqual(first);
  });
});

function inputsOf(bundle: string): string {
  return bundle.replace(/\.mjs$/, '.json');
}

function recordedInputs(bundle: string): RecordedInput[] {
  return JSON.parse(readFileSync(inputsOf(bundle), 'utf8')) as RecordedInput[];
}
