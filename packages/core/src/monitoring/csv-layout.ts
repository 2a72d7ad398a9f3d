import type { FileHandle } from 'node:fs/promises';
import { type ColumnPlan, type PredictionCsvOptions, planColumns } from './csv-columns';
import { bomLength, readHeader } from './csv-header';

const LF = 10;
const HEAD_BYTES = 1 << 20;
const MIN_SAMPLE_ROWS = 200;

/** What the first rows of a plain CSV file tell about the whole: enough to size and split it. */
export interface CsvLayout {
  /** The file's bytes up to the first data row (BOM and header line). */
  header: Uint8Array;
  plan: ColumnPlan;
  dataStart: number;
  bytesPerRow: number;
}

/** Header, column plan and bytes per row from the file's first bytes; null when unsuitable. */
export async function readLayout(
  handle: FileHandle,
  size: number,
  options: PredictionCsvOptions,
): Promise<CsvLayout | null> {
  const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  const bom = bomLength(head);
  const header = readHeader(head.subarray(bom, bytesRead));
  if (header === null) return null;
  const dataStart = bom + header.end;
  const sample = head.subarray(dataStart, bytesRead);
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
