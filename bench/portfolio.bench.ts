// `npm run bench`: seeds 10,000 AI systems on SQLite and (when reachable) PostgreSQL, then times
// full-text search and filtered listing over many varied queries. Target: p95 < 50 ms on both.
// Options: --systems=N (default 10000), --queries=N per kind (default 300).
import {
  type AiSystemCreateInput,
  type PortfolioListQuery,
  aiSystemCategories,
  aiSystemCreateInput,
  aiSystemKinds,
  fdaStatuses,
  lifecycleStates,
  portfolioListQuery,
} from '@vigil/contracts';
import { type DialectName, createAiSystem, listAiSystems, systemActor } from '@vigil/core';
import { createTestCore, postgresUnavailableReason, type TestCore } from '@vigil/test-support';
import { sql } from 'kysely';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const systemCount = option('systems', 10_000);
const queryCount = option('queries', 300);
const targetMs = 50;

// A small deterministic PRNG, so every run and both dialects see the same data and queries.
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const conditions = [
  'sepsis',
  'pneumonia',
  'stroke',
  'heart failure',
  'readmission',
  'no-show',
  'delirium',
  'falls',
  'kidney injury',
  'diabetes',
  'hemorrhage',
  'embolism',
  'melanoma',
  'fracture',
  'opioid',
  'asthma',
  'depression',
  'staffing',
  'coding',
  'denials',
];
const functions = [
  'early warning',
  'risk score',
  'triage',
  'detector',
  'forecast',
  'assistant',
  'scribe',
  'chatbot',
  'optimiser',
  'screening',
  'summariser',
  'navigator',
];
const departments = [
  'Emergency',
  'ICU',
  'Internal Medicine',
  'Radiology',
  'Cardiology',
  'Oncology',
  'Primary Care',
  'Pharmacy',
  'Nursing',
  'Revenue Cycle',
  'Pediatrics',
  'Obstetrics',
  'Surgery',
  'Neurology',
  'Dermatology',
];
const sites = [
  'Main Campus',
  'Riverside Community Hospital',
  'Northgate Clinics',
  'Lakeside Children’s',
  'Eastside Surgical Center',
];
const developers = Array.from(
  { length: 60 },
  (_, i) =>
    `${['Meridian', 'Northwind', 'Cobalt', 'Harbor', 'Quanta', 'Lumen', 'Sentinel', 'Aster', 'Beacon', 'Cedar'][i % 10]} ${['Clinical AI', 'Health Analytics', 'Imaging', 'Labs', 'Systems', 'Digital'][Math.floor(i / 10)]}`,
);

function pick<T>(random: () => number, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('empty list');
  return value;
}

function syntheticSystem(random: () => number, i: number): AiSystemCreateInput {
  const condition = pick(random, conditions);
  const fn = pick(random, functions);
  return aiSystemCreateInput.parse({
    name: `${condition} ${fn} ${i}`,
    developer: pick(random, developers),
    product: `${pick(random, ['Pulse', 'Vista', 'Nova', 'Core', 'Edge'])} ${fn}`,
    source: pick(random, ['vendor', 'vendor', 'in_house', 'open_source']),
    kind: pick(random, aiSystemKinds),
    category: pick(random, aiSystemCategories),
    departments: [pick(random, departments), pick(random, departments)],
    sites: [pick(random, sites)],
    intendedUse: `Supports ${pick(random, departments).toLowerCase()} teams with ${condition} ${fn} for ${pick(random, ['adults', 'children', 'inpatients', 'outpatients'])}.`,
    fdaStatus: pick(
      random,
      fdaStatuses.filter((s) => s !== 'cleared_510k' && s !== 'de_novo' && s !== 'pma_approved'),
    ),
    tags: [
      condition,
      pick(random, ['equity review', 'vendor update', 'pilot', 'high volume', 'legacy']),
    ],
    initialState: pick(random, ['proposed', 'deployed', 'monitored']),
  });
}

function searchQuery(random: () => number): PortfolioListQuery {
  const word = (w: string) => w.slice(0, 3 + Math.floor(random() * (w.length - 2)));
  const terms = [
    word(pick(random, conditions)),
    ...(random() < 0.5 ? [word(pick(random, functions))] : []),
  ];
  return portfolioListQuery.parse({ q: terms.join(' '), pageSize: 50 });
}

function filterQuery(random: () => number): PortfolioListQuery {
  const filters: Record<string, string> = {};
  if (random() < 0.5) filters.state = pick(random, lifecycleStates);
  if (random() < 0.4) filters.kind = pick(random, aiSystemKinds);
  if (random() < 0.3) filters.category = pick(random, aiSystemCategories);
  if (random() < 0.3) filters.department = pick(random, departments);
  if (random() < 0.2) filters.site = pick(random, sites);
  if (random() < 0.2) filters.developer = pick(random, developers);
  if (random() < 0.2) filters.fdaStatus = pick(random, fdaStatuses);
  if (random() < 0.3) filters.q = pick(random, conditions).slice(0, 4);
  const sort = pick(random, ['name', 'updatedAt', 'state']);
  return portfolioListQuery.parse({
    ...filters,
    sort,
    page: 1 + Math.floor(random() * 3),
    pageSize: 50,
  });
}

async function seed(core: TestCore): Promise<number> {
  const random = prng(42);
  const started = performance.now();
  const inputs = Array.from({ length: systemCount }, (_, i) => syntheticSystem(random, i));
  for (let i = 0; i < inputs.length; i += 10) {
    core.clock.advance(60_000);
    await Promise.all(
      inputs.slice(i, i + 10).map((input) => createAiSystem(core, systemActor('bench'), input)),
    );
  }
  // Planner statistics, as autovacuum (PostgreSQL) or a routine `analyze` (SQLite) keeps them.
  await sql`analyze`.execute(core.db);
  return performance.now() - started;
}

async function time(
  core: TestCore,
  queries: PortfolioListQuery[],
): Promise<{ p50: number; p95: number; max: number; hits: number }> {
  const durations: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const started = performance.now();
    hits += (await listAiSystems(core, query)).total;
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  const at = (q: number) =>
    durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: at(1), hits };
}

async function benchDialect(dialect: DialectName): Promise<void> {
  const core = await createTestCore(dialect);
  try {
    const seedMs = await seed(core);
    process.stdout.write(
      `${dialect}: seeded ${systemCount} systems in ${(seedMs / 1000).toFixed(1)} s\n`,
    );
    const random = prng(7);
    for (const [label, make] of [
      ['search', searchQuery],
      ['filtered list', filterQuery],
    ] as const) {
      const queries = Array.from({ length: queryCount }, () => make(random));
      await time(core, queries.slice(0, 20));
      const r = await time(core, queries);
      const verdict = r.p95 < targetMs ? 'within' : 'OVER';
      process.stdout.write(
        `${dialect}: ${label.padEnd(13)} ${queries.length} queries  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  max ${r.max.toFixed(1)} ms  (${verdict} the ${targetMs} ms target; ${(r.hits / queries.length).toFixed(0)} matches per query)\n`,
      );
    }
  } finally {
    await core.close();
  }
}

await benchDialect('sqlite');
const reason = await postgresUnavailableReason();
if (reason === null) await benchDialect('postgres');
else process.stdout.write(`postgres: skipped (${reason})\n`);
