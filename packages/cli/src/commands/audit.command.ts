import type { Command } from 'commander';
import { verifyAuditChain } from '@vigil/core';
import { CliError, print, withCore } from '../core-session';

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('The audit trail');
  audit
    .command('verify')
    .description('Recompute the hash chain; exit 0 when intact, 1 naming the first broken entry')
    .action(async () => {
      const result = await withCore((core) => verifyAuditChain(core), { migrate: false });
      if (!result.intact && result.firstBroken) {
        throw new CliError(
          `Audit trail BROKEN at entry ${result.firstBroken.seq}: ${result.firstBroken.reason} (${result.checked} entries before it are intact)`,
          1,
        );
      }
      print(`Audit trail intact: ${result.checked} entries verified`);
    });
}
