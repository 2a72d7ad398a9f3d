import { Command } from 'commander';
import { registerReportCommand } from './commands/report.command';

/** Builds the `vigil` command tree; each area registers its own commands. */
export function buildProgram(): Command {
  const program = new Command('vigil')
    .description('Vigil: the open-source AI office for health systems')
    .showHelpAfterError()
    .exitOverride();
  registerReportCommand(program);
  return program;
}
