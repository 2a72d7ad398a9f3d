import { Command } from 'commander';
import { registerReportCommand } from './commands/report.command';

/** The `vigil` root command with its settings and no subcommands. */
export function baseProgram(): Command {
  return new Command('vigil')
    .description('Vigil: the open-source AI office for health systems')
    .showHelpAfterError()
    .exitOverride()
    .configureHelp({ sortSubcommands: true });
}

/**
 * The `vigil` tree with only the report command: `vigil report` needs neither the database layer
 * nor the server, and loading them (through tsx) costs more start-up time than a 1M-row report.
 */
export function buildReportProgram(): Command {
  const program = baseProgram();
  registerReportCommand(program);
  return program;
}
