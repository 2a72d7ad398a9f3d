#!/usr/bin/env node
// Runs the TypeScript sources so `npx vigil` works right after `npm ci`, with no build step: from a
// bundle cached on disk when one can be made (see cli-bundle.mjs), else through tsx.
import { cachedCliBundle } from './cli-bundle.mjs';

const bundle = await cachedCliBundle();
if (bundle !== null) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
