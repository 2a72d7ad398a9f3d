/**
 * Portfolio import benchmark: a generated 5,000-row XLSX inventory, read, previewed and
 * committed on SQLite (and PostgreSQL when VIGIL_BENCH_PG_URL or the test server answers),
 * then previewed again (all rows unchanged). Target: read + preview + commit under 10 s.
 *
 *   npx tsx bench/portfolio-import.bench.ts [--rows 5000]
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  type DatabaseConfig,
  commitImport,
  createUser,
  openVigilCore,
  previewImport,
  startImportFromBytes,
  systemActor,
} from '@vigil/core';
import ExcelJS from 'exceljs';
import pg from 'pg';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '5000' } } });
const rows = Number(values.rows);
const pgAdminUrl =
  process.env.VIGIL_BENCH_PG_URL ??
  process.env.VIGIL_TEST_PG_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const kinds = ['Predictive model', 'Generative AI', 'Imaging AI', 'Rules-based'];
const categories = [
  'Clinical decision support',
  'Diagnosis',
  'Operational',
  'Administrative',
  'Documentation',
];
const statuses = ['Proposed', 'Live', 'Monitored'];

async function inventory(n: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Inventory');
  sheet.addRow([
    'ID',
    'AI Tool',
    'Vendor',
    'Version',
    'Build/Buy',
    'Type',
    'Category',
    'Department(s)',
    'Site(s)',
    'Use case',
    'Owner email',
    'FDA',
    'Status',
    'Tags',
  ]);
  for (let i = 1; i <= n; i += 1) {
    sheet.addRow([
      `INV-${String(i).padStart(5, '0')}`,
      `AI tool ${i}`,
      `Vendor ${i % 97}`,
      `${1 + (i % 5)}.${i % 10}`,
      i % 3 === 0 ? 'In house' : 'Vendor',
      kinds[i % kinds.length],
      categories[i % categories.length],
      `Department ${i % 40}; Department ${(i + 7) % 40}`,
      'Main Campus',
      `Supports clinicians with task ${i}, reviewed quarterly by the AI office`,
      `owner${i % 25}@bench.example`,
      'Not a device',
      statuses[i % statuses.length],
      'bench; generated',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, (performance.now() - start) / 1000];
}

async function benchOn(label: string, config: DatabaseConfig, file: Buffer): Promise<void> {
  const core = await openVigilCore(config);
  try {
    for (let i = 0; i < 25; i += 1) {
      await createUser(core, systemActor('bench'), {
        email: `owner${i}@bench.example`,
        displayName: `Owner ${i}`,
        password: 'benchmark password',
        roles: ['model_owner'],
        disciplines: [],
      });
    }
    const actor = systemActor('bench');
    const [session, readS] = await timed(() =>
      startImportFromBytes(core, actor, {
        filename: 'inventory.xlsx',
        format: 'xlsx',
        bytes: file,
      }),
    );
    const [preview, previewS] = await timed(() =>
      previewImport(core, actor, session.id, { mapping: session.suggestedMapping }),
    );
    const [result, commitS] = await timed(() =>
      commitImport(core, actor, session.id, { previewHash: preview.previewHash }),
    );
    const again = await startImportFromBytes(core, actor, {
      filename: 'inventory.xlsx',
      format: 'xlsx',
      bytes: file,
    });
    const [second, secondS] = await timed(() =>
      previewImport(core, actor, again.id, { mapping: again.suggestedMapping }),
    );
    const total = readS + previewS + commitS;
    process.stdout.write(
      `${label.padEnd(10)} rows ${session.rowCount}  read ${readS.toFixed(2)} s  preview ${previewS.toFixed(2)} s  commit ${commitS.toFixed(2)} s  ` +
        `total ${total.toFixed(2)} s (${total < 10 ? 'under' : 'OVER'} the 10 s target)  created ${result.counts.create}, invalid ${preview.counts.invalid}; ` +
        `re-import preview ${secondS.toFixed(2)} s, unchanged ${second.counts.unchanged}\n`,
    );
  } finally {
    await core.close();
  }
}

const [file, genS] = await timed(() => inventory(rows));
process.stdout.write(
  `generated a ${rows}-row inventory (${(file.length / 1024).toFixed(0)} KiB) in ${genS.toFixed(2)} s\n`,
);
await benchOn('sqlite', { dialect: 'sqlite', file: ':memory:' }, file);

const admin = new pg.Client({ connectionString: pgAdminUrl, connectionTimeoutMillis: 3000 });
const reachable = await admin.connect().then(
  () => true,
  (error: unknown) => {
    process.stdout.write(
      `postgres   skipped: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return false;
  },
);
if (reachable) {
  const name = `vigil_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  try {
    await benchOn(
      'postgres',
      { dialect: 'postgres', url: pgAdminUrl.replace(/\/[^/]*$/, `/${name}`) },
      file,
    );
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
