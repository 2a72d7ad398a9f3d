import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { id as idSchema } from '@vigil/contracts';
import {
  type VigilCore,
  exportAiSystemJson,
  exportModelCardXml,
  exportPortfolioCsv,
  exportPortfolioXlsx,
  isDomainError,
  listAiSystems,
  systemActor,
} from '@vigil/core';
import { type Command, Option } from 'commander';
import { CliError, print, withCore } from '../core-session';
import { type FileFormat, fileFormats, importFile } from './systems-import';

const formatOption = () => new Option('--format <format>', 'file format').choices([...fileFormats]);

export function registerSystemsCommand(program: Command): void {
  const systems = program
    .command('systems')
    .description('Import and export the AI system portfolio');
  systems
    .command('import')
    .description(
      'Import inventory spreadsheets (CSV, XLSX), exported systems (JSON) or CHAI model cards (XML); a spreadsheet with invalid rows imports nothing',
    )
    .argument('<file...>', 'files to import, in order')
    .addOption(formatOption().default(undefined, 'from each file’s extension'))
    .option('--system <id>', 'with chai-xml: attach the card to this existing system')
    .option('--exclude-invalid', 'import a spreadsheet’s valid rows and leave out the invalid ones')
    .action(
      async (
        files: string[],
        options: { format?: string; system?: string; excludeInvalid?: boolean },
      ) => {
        if (options.system !== undefined && !idSchema.safeParse(options.system).success)
          throw new CliError('--system must be a system id (a UUID)', 2);
        const actor = systemActor(`cli:${process.env.USER ?? 'operator'}`);
        const failures = await withCore(async (core) => {
          let failed = 0;
          for (const file of files) {
            try {
              await importFile(core, actor, file, options);
            } catch (error) {
              if (!(error instanceof CliError) && !isDomainError(error)) throw error;
              process.stderr.write(
                `vigil: ${error.message.startsWith(file) ? '' : `${file}: `}${error.message}\n`,
              );
              for (const d of isDomainError(error) ? (error.details ?? []) : [])
                process.stderr.write(`vigil: ${file}: ${d.path}: ${d.message}\n`);
              failed += 1;
            }
          }
          return failed;
        });
        if (failures > 0)
          throw new CliError(`${failures} of ${files.length} file(s) were not imported`, 1);
      },
    );
  systems
    .command('export')
    .description(
      'Export the portfolio as CSV or XLSX, or systems as JSON or CHAI model card XML (one file each into --out DIR)',
    )
    .addOption(formatOption().default('csv'))
    .option('--id <id>', 'export this one system (json, chai-xml)')
    .option(
      '--out <path>',
      'file to write (csv, xlsx, one system) or directory (all systems as json or chai-xml); CSV and one system go to stdout without it',
    )
    .action(async (options: { format: FileFormat; id?: string; out?: string }) => {
      if (options.id !== undefined && !idSchema.safeParse(options.id).success)
        throw new CliError('--id must be a system id (a UUID)', 2);
      await withCore((core) => exportSystems(core, options));
    });
}

async function exportSystems(
  core: VigilCore,
  options: { format: FileFormat; id?: string; out?: string },
): Promise<void> {
  const { format, id, out } = options;
  if (format === 'csv' || format === 'xlsx') {
    if (id !== undefined)
      throw new CliError(
        '--id applies to json and chai-xml; csv and xlsx export the whole portfolio',
        2,
      );
    const content =
      format === 'csv' ? await exportPortfolioCsv(core) : await exportPortfolioXlsx(core);
    if (out === undefined && format === 'xlsx')
      throw new CliError('--out FILE is required for xlsx', 2);
    return emit(
      out === undefined ? undefined : await fileTarget(out, `vigil-portfolio.${format}`),
      content,
    );
  }
  const render = async (systemId: string) =>
    format === 'json'
      ? `${JSON.stringify(await exportAiSystemJson(core, systemId), null, 2)}\n`
      : exportModelCardXml(core, systemId);
  const extension = format === 'json' ? 'json' : 'xml';
  if (id !== undefined)
    return emit(
      out === undefined ? undefined : await fileTarget(out, `ai-system-${id}.${extension}`),
      await render(id),
    );
  if (out === undefined)
    throw new CliError(`--out DIR is required to export every system as ${format}`, 2);
  await mkdir(out, { recursive: true });
  let written = 0;
  for await (const system of allSystems(core)) {
    const text = await render(system.id).catch((error: unknown) => {
      if (format === 'chai-xml' && isDomainError(error, 'not_found')) return null;
      throw error;
    });
    if (text === null) continue;
    const slug =
      system.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'system';
    await writeFile(join(out, `${slug}-${system.id.slice(0, 8)}.${extension}`), text);
    written += 1;
  }
  print(
    `Wrote ${written} ${format} file(s) to ${out}${format === 'chai-xml' ? ' (systems without a model card are skipped)' : ''}`,
  );
}

async function* allSystems(core: VigilCore) {
  for (let page = 1; ; page += 1) {
    const result = await listAiSystems(core, { page, pageSize: 200 });
    yield* result.items;
    if (page * 200 >= result.total) return;
  }
}

async function fileTarget(out: string, defaultName: string): Promise<string> {
  const info = await stat(out).catch(() => null);
  return info?.isDirectory() ? join(out, defaultName) : out;
}

async function emit(path: string | undefined, content: string | Buffer): Promise<void> {
  if (path === undefined) {
    process.stdout.write(content);
    return;
  }
  await writeFile(path, content);
  print(`Wrote ${path}`);
}
