/** Child-process helpers for the monitoring bench: timed runs with peak memory, cached inputs. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  wallS: number;
  /** User + system CPU seconds; far below wall time means other work was competing. */
  cpuS: number | null;
  peakMiB: number | null;
  stdout: string;
  stderr: string;
  code: number;
}

const TIME = '/usr/bin/time';
const MARK = '__vigil_bench__';

/** Runs a command to completion, timing its wall clock and reading its peak RSS via /usr/bin/time. */
export async function runMeasured(command: string, args: readonly string[]): Promise<Measured> {
  const hasTime = existsSync(TIME);
  const [cmd, argv] = hasTime
    ? [TIME, ['-f', `${MARK} %e %M %U %S`, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const wallS = (performance.now() - started) / 1000;
  const match = new RegExp(`${MARK} ([\\d.]+) (\\d+) ([\\d.]+) ([\\d.]+)`).exec(stderr);
  return {
    wallS: match ? Number(match[1]) : wallS,
    cpuS: match ? Number(match[3]) + Number(match[4]) : null,
    peakMiB: match ? Number(match[2]) / 1024 : null,
    stdout,
    stderr: stderr.replace(new RegExp(`${MARK}.*\\n?`), ''),
    code,
  };
}

/** True when a command runs and exits 0 (used to detect R with pROC). */
export function succeeds(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

/** The cached generated log for (rows, seed), generating it once into os.tmpdir()/vigil-bench. */
export function ensureLog(generator: string, rows: number, seed: number): string {
  const dir = join(tmpdir(), 'vigil-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `predictions-${rows}-s${seed}.csv`);
  if (existsSync(file)) return file;
  process.stderr.write(`generating ${rows} rows (seed ${seed}) into ${file} …\n`);
  const partial = `${file}.partial`;
  const result = spawnSync(process.execPath, [generator, String(rows), String(seed), partial], {
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error(`gen-predictions.mjs failed with exit code ${result.status}`);
  renameSync(partial, file);
  return file;
}

/** Installs the anchors' Debian packages (python stack, R with pROC and data.table). */
export function installAnchors(): void {
  const packages = [
    'python3-numpy',
    'python3-pandas',
    'python3-sklearn',
    'python3-scipy',
    'r-base-core',
    'r-cran-proc',
    'r-cran-data.table',
  ];
  const result = spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error('apt-get install failed; run it as root or install the packages yourself');
}
