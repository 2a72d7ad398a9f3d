import type { Command } from 'commander';
import {
  role,
  roles,
  userCreateInput,
  userUpdateInput,
  password as passwordSchema,
} from '@vigil/contracts';
import {
  createUser,
  findUserIdByEmail,
  getUser,
  listUsers,
  randomSecret,
  resetPassword,
  systemActor,
  updateUser,
} from '@vigil/core';
import type { VigilCore } from '@vigil/core';
import { z } from 'zod';
import { CliError, print, withCore } from '../core-session';
import { parseInput, splitList } from '../parse-input';

const cliActor = () => systemActor(`cli:${process.env.USER ?? 'operator'}`);

async function userIdOf(core: VigilCore, email: string): Promise<string> {
  const id = await findUserIdByEmail(core, email);
  if (!id) throw new CliError(`No user has the email ${email}`);
  return id;
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('Manage user accounts');

  user
    .command('create')
    .description('Create a user; without --password a strong one is generated and printed once')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--roles <roles>', `comma-separated roles: ${roles.join(', ')}`)
    .option('--disciplines <list>', 'committee disciplines, comma-separated')
    .option('--password <password>', 'at least 12 characters')
    .action(
      async (options: {
        email: string;
        name: string;
        roles: string;
        disciplines?: string;
        password?: string;
      }) => {
        const generated = options.password ? null : randomSecret(18);
        const input = parseInput(
          userCreateInput,
          {
            email: options.email,
            displayName: options.name,
            roles: splitList(options.roles),
            disciplines: splitList(options.disciplines),
            password: options.password ?? generated,
          },
          { displayName: '--name' },
        );
        const created = await withCore((core) => createUser(core, cliActor(), input));
        print(`Created ${created.email} (${created.roles.join(', ')}) id ${created.id}`);
        if (generated) print(`Password (shown only now): ${generated}`);
      },
    );

  user
    .command('list')
    .description('List users')
    .option('--role <role>', 'only users with this role')
    .action(async (options: { role?: string }) => {
      const filterRole =
        options.role === undefined ? undefined : parseInput(role, options.role, { '': '--role' });
      const page = await withCore((core) =>
        listUsers(core, { page: 1, pageSize: 200, role: filterRole }),
      );
      for (const u of page.items) {
        print(
          `${u.email.padEnd(38)} ${u.displayName.padEnd(28)} ${u.roles.join(',')}${u.isActive ? '' : '  (inactive)'}`,
        );
      }
      print(
        `${page.total} user(s)${page.total > page.items.length ? `, first ${page.items.length} shown` : ''}`,
      );
    });

  user
    .command('set-roles')
    .description('Replace the roles of a user')
    .argument('<email>', 'the user')
    .argument('<roles>', `comma-separated roles: ${roles.join(', ')}`)
    .option('--disciplines <list>', 'committee disciplines, comma-separated')
    .action(async (email: string, roleList: string, options: { disciplines?: string }) => {
      await withCore(async (core) => {
        const current = await getUser(core, await userIdOf(core, email));
        const input = parseInput(
          userUpdateInput,
          {
            version: current.version,
            roles: splitList(roleList),
            ...(options.disciplines === undefined
              ? {}
              : { disciplines: splitList(options.disciplines) }),
          },
          { roles: '<roles>' },
        );
        const updated = await updateUser(core, cliActor(), current.id, input);
        print(`${updated.email} now has roles: ${updated.roles.join(', ')}`);
      });
    });

  user
    .command('reset-password')
    .description(
      'Set a new password and end the user’s sessions; without --password one is generated',
    )
    .argument('<email>', 'the user')
    .option('--password <password>', 'at least 12 characters')
    .action(async (email: string, options: { password?: string }) => {
      const generated = options.password ? null : randomSecret(18);
      const newPassword = parseInput(z.object({ password: passwordSchema }), {
        password: options.password ?? generated,
      }).password;
      await withCore(async (core) =>
        resetPassword(core, cliActor(), await userIdOf(core, email), newPassword),
      );
      print(`Password reset for ${email}; their sessions have ended.`);
      if (generated) print(`New password (shown only now): ${generated}`);
    });
}

export { userIdOf };
