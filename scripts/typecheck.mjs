#!/usr/bin/env node
// Typechecks each workspace package against its own tsconfig (libraries differ: DOM for web, Node elsewhere).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const projects = readdirSync(join(root, 'packages'))
  .map((name) => join('packages', name, 'tsconfig.json'))
  .filter((p) => existsSync(join(root, p)));
for (const extra of [
  join('bench', 'tsconfig.json'),
  join('packages', 'web', 'e2e', 'tsconfig.json'),
]) {
  if (existsSync(join(root, extra))) projects.push(extra);
}
let failed = false;
for (const project of projects) {
  const run = spawnSync('npx', ['tsc', '--noEmit', '-p', project], { cwd: root, stdio: 'inherit' });
  process.stdout.write(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${project}\n`);
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
