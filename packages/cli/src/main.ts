import { CommanderError } from 'commander';
import { CliError } from './cli-error';
import { buildReportProgram } from './program-base';

// `vigil report` loads only what it needs; every other command loads the whole tree.
async function build() {
  if (process.argv[2] === 'report') return buildReportProgram();
  const { buildProgram } = await import('./program');
  return buildProgram();
}

try {
  await (await build()).parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`vigil: ${message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : await exitCodeOf(error);
  }
}

// Imported on demand: domain errors come from the core, which `vigil report` does not load.
async function exitCodeOf(error: unknown): Promise<number> {
  const { isDomainError } = await import('@vigil/core');
  return isDomainError(error, 'validation_failed') ? 2 : 1;
}
