import { CommanderError } from 'commander';
import { isDomainError } from '@vigil/core';
import { CliError } from './core-session';
import { buildProgram } from './program';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`vigil: ${message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : isDomainError(error, 'validation_failed') ? 2 : 1;
  }
}
