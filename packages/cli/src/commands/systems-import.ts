import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { aiSystemExportDocument, portfolioImportLimits } from '@vigil/contracts';
import {
  type Actor,
  type VigilCore,
  commitImport,
  discardImport,
  importAiSystemJson,
  importModelCardXmlFile,
  previewImport,
  startImportFromBytes,
} from '@vigil/core';
import { z } from 'zod';
import { CliError, print } from '../core-session';

export const fileFormats = ['chai-xml', 'csv', 'xlsx', 'json'] as const;
export type FileFormat = (typeof fileFormats)[number];

const byExtension: Record<string, FileFormat> = {
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.xml': 'chai-xml',
};

/** The format named by --format, else by the file's extension. */
export function formatOf(path: string, option: string | undefined): FileFormat {
  const format = option ?? byExtension[extname(path).toLowerCase()];
  if (format === undefined)
    throw new CliError(
      `${path}: cannot tell the format from the extension; pass --format ${fileFormats.join('|')}`,
      2,
    );
  if (!(fileFormats as readonly string[]).includes(format))
    throw new CliError(`--format must be one of ${fileFormats.join(', ')}`, 2);
  return format as FileFormat;
}

export interface ImportOptions {
  format?: string;
  system?: string;
  excludeInvalid?: boolean;
}

/** Imports one file; throws CliError (nothing stored from this file) when it cannot. */
export async function importFile(
  core: VigilCore,
  actor: Actor,
  path: string,
  options: ImportOptions,
): Promise<void> {
  const format = formatOf(path, options.format);
  if (format === 'chai-xml') {
    const result = await importModelCardXmlFile(core, actor, {
      path,
      ...(options.system ? { systemId: options.system } : {}),
    });
    print(
      `${path}: model card v${result.card.cardVersion} ${result.createdSystem ? 'registered' : 'attached to'} “${result.system.name}” (${result.system.id})`,
    );
    return;
  }
  if (options.system) throw new CliError('--system applies only to --format chai-xml', 2);
  const bytes = await readBounded(path);
  if (format === 'json') return importJson(core, actor, path, bytes);
  await importSheet(core, actor, {
    path,
    format,
    bytes,
    excludeInvalid: options.excludeInvalid ?? false,
  });
}

/** Reads a file after checking its size, so an oversized file is never read whole. */
async function readBounded(path: string): Promise<Buffer> {
  const info = await stat(path).catch(() => {
    throw new CliError(`${path}: no such file`, 1);
  });
  if (!info.isFile()) throw new CliError(`${path}: not a file`, 1);
  if (info.size > portfolioImportLimits.fileMaxBytes) {
    throw new CliError(
      `${path}: ${info.size} bytes is over the ${portfolioImportLimits.fileMaxBytes / 1024 / 1024} MiB limit; split the file`,
      1,
    );
  }
  return readFile(path);
}

async function importSheet(
  core: VigilCore,
  actor: Actor,
  file: { path: string; format: 'csv' | 'xlsx'; bytes: Buffer; excludeInvalid: boolean },
): Promise<void> {
  const session = await startImportFromBytes(core, actor, {
    filename: basename(file.path),
    format: file.format,
    bytes: file.bytes,
  });
  const mapping = session.suggestedMapping;
  const ignored = session.headers.filter((h) => mapping[h] === null);
  print(
    `${file.path}: ${session.rowCount} rows; columns mapped: ${session.headers
      .filter((h) => mapping[h])
      .map((h) => `${h} → ${mapping[h]}`)
      .join(', ')}`,
  );
  if (ignored.length > 0) print(`${file.path}: columns ignored: ${ignored.join(', ')}`);
  let preview = await previewImport(core, actor, session.id, { mapping });
  const invalid = preview.rows.filter((r) => r.action === 'invalid');
  for (const row of invalid)
    for (const e of row.errors)
      print(`${file.path}: row ${row.rowNumber}, ${e.field}: ${e.message}`);
  if (invalid.length > 0 && !file.excludeInvalid) {
    await discardImport(core, actor, session.id);
    throw new CliError(
      `${file.path}: nothing imported; ${invalid.length} row(s) are invalid. Fix them, or pass --exclude-invalid to import the rest`,
      1,
    );
  }
  if (invalid.length > 0)
    preview = await previewImport(core, actor, session.id, {
      mapping,
      excludedRows: invalid.map((r) => r.rowNumber),
    });
  const { counts } = await commitImport(core, actor, session.id, {
    previewHash: preview.previewHash,
  });
  print(
    `${file.path}: ${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.excluded} excluded`,
  );
}

async function importJson(
  core: VigilCore,
  actor: Actor,
  path: string,
  bytes: Buffer,
): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new CliError(`${path}: not valid JSON`, 2);
  }
  const documents = z
    .union([aiSystemExportDocument, z.array(aiSystemExportDocument)])
    .safeParse(parsed);
  if (!documents.success) {
    const issue = documents.error.issues[0];
    throw new CliError(
      `${path}: not a Vigil AI system export (${issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'unknown shape'})`,
      2,
    );
  }
  for (const document of Array.isArray(documents.data) ? documents.data : [documents.data]) {
    const outcome = await importAiSystemJson(core, actor, document);
    print(
      `${path}: ${outcome.action === 'create' ? 'created' : outcome.action === 'update' ? 'updated' : 'unchanged'} “${outcome.name}” (${outcome.systemId})`,
    );
  }
}
