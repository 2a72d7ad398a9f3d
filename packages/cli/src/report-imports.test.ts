import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');

/** Where a workspace package's entry points live (the `exports` of the packages vigil uses). */
const packageEntries: Record<string, string> = {
  '@vigil/core': 'packages/core/src/index.ts',
  '@vigil/core/monitoring': 'packages/core/src/monitoring/index.ts',
  '@vigil/metrics': 'packages/metrics/src/index.ts',
  '@vigil/metrics/columns': 'packages/metrics/src/monitoring/prediction-columns.ts',
  '@vigil/metrics/input-drift': 'packages/metrics/src/monitoring/drift-section.ts',
  '@vigil/metrics/tie-pass': 'packages/metrics/src/monitoring/tie-pass-sharing.ts',
  '@vigil/contracts': 'packages/contracts/src/index.ts',
  '@vigil/server': 'packages/server/src/index.ts',
};

const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every workspace module that `entry` loads at run time (type-only imports left out). */
function runtimeImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveModule(file, specifier ?? '');
      if (target !== null) visit(target);
    }
  };
  visit(entry);
  return new Set([...seen].map((file) => file.slice(repo.length + 1)));
}

function resolveModule(from: string, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const base = resolve(dirname(from), specifier);
    return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f)) ?? null;
  }
  const entry = packageEntries[specifier];
  return entry === undefined ? null : join(repo, entry);
}

describe('vigil report', () => {
  it('loads neither the database layer nor the server, so it starts quickly', () => {
    const loaded = runtimeImports(join(repo, 'packages/cli/src/program-base.ts'));
    expect(loaded).toContain('packages/core/src/monitoring/monitoring-report.service.ts');
    expect(loaded).not.toContain('packages/core/src/index.ts');
    expect(loaded).not.toContain('packages/cli/src/core-session.ts');
    expect([...loaded].filter((file) => file.startsWith('packages/server/'))).toEqual([]);
  });
});
