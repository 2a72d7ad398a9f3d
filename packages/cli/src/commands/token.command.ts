import type { Command } from 'commander';
import { apiTokenCreateInput } from '@vigil/contracts';
import { createApiToken, systemActor } from '@vigil/core';
import { print, withCore } from '../core-session';
import { parseInput } from '../parse-input';
import { userIdOf } from './user.command';

export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('Manage personal API tokens');
  token
    .command('create')
    .description('Create an API token for a user and print it once')
    .requiredOption('--email <email>', 'the user the token acts as')
    .requiredOption('--name <name>', 'what the token is for, e.g. "monitoring upload"')
    .option('--days <days>', 'days until it expires (1-365)', '90')
    .action(async (options: { email: string; name: string; days: string }) => {
      const input = parseInput(
        apiTokenCreateInput,
        { name: options.name, expiresInDays: Number(options.days) },
        { expiresInDays: '--days' },
      );
      const created = await withCore(async (core) =>
        createApiToken(
          core,
          systemActor(`cli:${process.env.USER ?? 'operator'}`),
          await userIdOf(core, options.email),
          input,
        ),
      );
      print(
        `Token "${created.token.name}" for ${options.email}, expires ${created.token.expiresAt}`,
      );
      print(`Send it as "Authorization: Bearer <token>". It is shown only now:\n${created.secret}`);
    });
}
