import type { Command } from 'commander';
import { baseProgram } from './program-base';
import { registerAuditCommand } from './commands/audit.command';
import { registerBackupCommands } from './commands/backup.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerNotifyCommand } from './commands/notify.command';
import { registerReportCommand } from './commands/report.command';
import { registerServeCommand } from './commands/serve.command';
import { registerSystemsCommand } from './commands/systems.command';
import { registerTokenCommand } from './commands/token.command';
import { registerUserCommand } from './commands/user.command';

/** Builds the `vigil` command tree; each area registers its own commands. */
export function buildProgram(): Command {
  const program = baseProgram();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerUserCommand(program);
  registerTokenCommand(program);
  registerBackupCommands(program);
  registerAuditCommand(program);
  registerReportCommand(program);
  registerSystemsCommand(program);
  registerNotifyCommand(program);
  return program;
}
