import type { FileHandle } from 'node:fs/promises';
import { MISSING_CODE, type PredictionColumns } from '@vigil/metrics';
import { MAX_LEVELS } from './category-dictionary';
import { type ColumnPlan, type PredictionCsvOptions, planColumns } from './csv-columns';
import { readHeader } from './csv-header';
import { IssueLog } from './issue-log';
import type { ParsedPredictions, ParsedRange } from './prediction-csv.parser';
import { parseRange } from './range-parse';
import { startRangeWorker } from './range-worker';
import { allocateSharedColumns, type ColumnViews, moveRows, viewRows } from './shared-columns';
import { checkUsableRows } from './usable-rows';

const LF = 10;
const QUOTE = 34;
const HEAD_BYTES = 4 << 20;
const MIN_SAMPLE_ROWS = 1000;
// Rows per range are estimated from the first rows; the margin absorbs rows longer than those.
const ROW_HEADROOM = 1.06;
// The main thread starts at once while the worker loads its modules (~0.3 s), so it takes more.
const MAIN_SHARE = 0.55;

interface Layout {
  header: Uint8Array;
  plan: ColumnPlan;
  dataStart: number;
  bytesPerRow: number;
}

/**
 * Parses a plain CSV file on two threads: the main thread parses the first byte range while a
 * worker parses the rest, both straight into one set of shared columns; the worker's rows are then
 * moved down and its category codes remapped. Returns null when the file cannot be split safely
 * (quotes, too few rows, rows longer than estimated, any input error): the caller then parses it
 * on one thread, which also yields the exact error.
 */
export async function readPlainInParallel(
  handle: FileHandle,
  path: string,
  size: number,
  options: PredictionCsvOptions,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<ParsedPredictions | null> {
  const layout = await readLayout(handle, size, options);
  if (layout === null) return null;
  const split = await rowBoundaryAfter(
    handle,
    layout.dataStart + Math.floor((size - layout.dataStart) * MAIN_SHARE),
    size,
  );
  const firstRows = rowsFor(split - layout.dataStart, layout.bytesPerRow);
  const columns = allocateSharedColumns(
    layout.plan,
    firstRows + rowsFor(size - split, layout.bytesPerRow),
  );
  const job = { path, header: layout.header, options };
  let workerBytes = 0;
  const worker = startRangeWorker(
    { ...job, start: split, end: size, views: viewRows(columns, firstRows, columns.score.length) },
    (bytes) => (workerBytes += bytes),
  );
  let mainBytes = 0;
  let first: ParsedRange;
  try {
    first = parseRange(
      { ...job, start: layout.dataStart, end: split, views: viewRows(columns, 0, firstRows) },
      (bytes) => onProgress?.(layout.dataStart + (mainBytes += bytes) + workerBytes, size),
    );
  } catch {
    worker.stop();
    return null;
  }
  const second = await worker.done;
  if (second === null) return null;
  onProgress?.(size, size);
  return mergeRanges(layout.plan, columns, first, second, firstRows, options);
}

function rowsFor(bytes: number, bytesPerRow: number): number {
  return Math.ceil((bytes / bytesPerRow) * ROW_HEADROOM) + 1024;
}

/** Header, column plan and bytes per row from the file's first bytes; null when unsuitable. */
async function readLayout(
  handle: FileHandle,
  size: number,
  options: PredictionCsvOptions,
): Promise<Layout | null> {
  const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const header = readHeader(head.subarray(bom, bytesRead));
  if (header === null) return null;
  const dataStart = bom + header.end;
  const sample = head.subarray(dataStart, bytesRead);
  if (sample.indexOf(QUOTE) >= 0) return null;
  let rows = 0;
  for (let at = sample.indexOf(LF); at >= 0; at = sample.indexOf(LF, at + 1)) rows++;
  if (rows < MIN_SAMPLE_ROWS) return null;
  let plan: ColumnPlan;
  try {
    plan = planColumns(header.names, options);
  } catch {
    return null;
  }
  const bytesPerRow = (sample.lastIndexOf(LF) + 1) / rows;
  return { header: Buffer.from(head.subarray(0, dataStart)), plan, dataStart, bytesPerRow };
}

/** Offset just after the first line feed at or after `from` (or `size` when there is none). */
async function rowBoundaryAfter(handle: FileHandle, from: number, size: number): Promise<number> {
  const probe = Buffer.alloc(1 << 16);
  for (let pos = from; pos < size; pos += probe.length) {
    const { bytesRead } = await handle.read(probe, 0, probe.length, pos);
    const at = probe.subarray(0, bytesRead).indexOf(LF);
    if (at >= 0) return pos + at + 1;
  }
  return size;
}

/** Joins two parsed ranges into the file's columns and summary; null when levels overflow. */
function mergeRanges(
  plan: ColumnPlan,
  columns: ColumnViews,
  first: ParsedRange,
  second: ParsedRange,
  secondAt: number,
  options: PredictionCsvOptions,
): ParsedPredictions | null {
  const levels = plan.categorical.map((_, i) => [...(first.levels[i] ?? [])]);
  const remaps = levels.map((merged, i) => remapInto(merged, second.levels[i] ?? []));
  if (levels.some((merged) => merged.length > MAX_LEVELS)) return null;
  moveRows(columns, secondAt, first.rowCount, second.rowCount, remaps);
  const rowCount = first.rowCount + second.rowCount;
  const rows = viewRows(columns, 0, rowCount);
  const issues = new IssueLog(plan.names, plan.issueRoles);
  issues.absorb(first.issues, 0);
  issues.absorb(second.issues, first.linesRead);
  const predictionColumns: PredictionColumns = {
    rowCount,
    score: rows.score,
    label: rows.label,
    timeMs: rows.time,
    categorical: plan.categorical.map((name, i) => ({
      name,
      levels: levels[i] ?? [],
      codes: rows.codes[i] ?? new Uint16Array(0),
    })),
    numeric: plan.numeric.map((name, i) => ({
      name,
      values: rows.numeric[i] ?? new Float64Array(0),
    })),
  };
  const summary = { rowsRead: rowCount, issues: issues.list(), omittedColumns: plan.omitted };
  checkUsableRows(predictionColumns, summary, plan, options.positiveLabel?.trim() ?? null);
  return { columns: predictionColumns, summary };
}

/**
 * Appends the levels of `extra` that `merged` lacks (keeping first-appearance order over the file)
 * and returns the code map from `extra`'s codes to merged ones, or null when it is the identity.
 */
function remapInto(merged: string[], extra: readonly string[]): Uint16Array | null {
  const index = new Map(merged.map((level, code) => [level, code]));
  const remap = new Uint16Array(MISSING_CODE + 1);
  remap[MISSING_CODE] = MISSING_CODE;
  let identity = true;
  extra.forEach((level, code) => {
    let target = index.get(level);
    if (target === undefined) {
      target = merged.length;
      merged.push(level);
      index.set(level, target);
    }
    remap[code] = target;
    identity &&= target === code;
  });
  return identity ? null : remap;
}
