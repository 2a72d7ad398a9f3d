import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { PredictionCsvOptions } from './csv-columns';
import { type CsvLayout, readLayout } from './csv-layout';
import { type MonitoringWorker, startMonitoringWorker } from './monitoring-worker';
import {
  type ParsedPredictions,
  type ParsedRange,
  PredictionCsvParser,
} from './prediction-csv.parser';
import { joinRanges } from './range-join';
import {
  allocateSharedColumns,
  type ColumnViews,
  SharedColumnStore,
  viewRows,
} from './shared-columns';

const LF = 10;
const QUOTE = 34;
// Small reads: every fresh page costs a fault, and 2 MiB reads cost no more per byte than 8 MiB.
const CHUNK_BYTES = 2 << 20;
/** Between slices the main thread looks whether the worker is ready. */
const SLICE_BYTES = 1 << 20;
/** Rows per byte range are estimated from the first rows; the margins absorb longer rows. */
const TOTAL_HEADROOM = 1.3;
const RANGE_HEADROOM = 1.1;
/** Below this much unread input a worker would finish after the main thread alone. */
const MIN_WORKER_BYTES = 16 << 20;

/** Knobs for tests, which use small files: the defaults suit real logs. */
export interface ParallelReadTuning {
  minWorkerBytes?: number;
  sliceBytes?: number;
  /** Wait for the worker before parsing, so that a small file is split too. */
  waitForWorker?: boolean;
}

/** The columns, and the byte offset where the worker's range began (null: one thread). */
export interface ParallelRead {
  parsed: ParsedPredictions;
  workerStart: number | null;
}

/** The split once a worker has taken the tail of the file. */
interface Split {
  at: number;
  workerRow: number;
  result: Promise<ParsedRange | null>;
}

/**
 * Parses a plain CSV file on two threads. The main thread starts at once while a worker loads
 * (the caller's `sharedWorker`, which it keeps, or one started and stopped here);
 * when the worker is ready, it takes the second half of what is left, and both write into one set
 * of shared columns, whose second part is then moved down and its category codes remapped. Quotes
 * in the main thread's part (a quoted field may hide a line break, so the split could fall inside
 * a row), a range outgrowing its share, or a worker failure leave the main thread to parse the
 * rest alone, so the result is always the single-thread one. Null when the file does not suit
 * (too few rows to size the columns, the header does not match the options): the caller
 * then parses it on one thread, which also reports any input error.
 */
export async function readPlainInParallel(
  handle: FileHandle,
  path: string,
  size: number,
  options: PredictionCsvOptions,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
  tuning: ParallelReadTuning = {},
  sharedWorker?: MonitoringWorker,
): Promise<ParallelRead | null> {
  const layout = await readLayout(handle, size, options);
  if (layout === null) return null;
  const worker = sharedWorker ?? startMonitoringWorker();
  try {
    if (tuning.waitForWorker) await untilReady(worker);
    const read = new TwoThreadRead({ handle, path, size, options, layout, worker, tuning });
    read.onProgress = onProgress;
    return await read.run();
  } finally {
    if (sharedWorker === undefined) worker.stop();
  }
}

async function untilReady(worker: MonitoringWorker): Promise<void> {
  for (let waited = 0; !worker.isReady() && waited < 10_000; waited += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

interface ReadSetup {
  handle: FileHandle;
  path: string;
  size: number;
  options: PredictionCsvOptions;
  layout: CsvLayout;
  worker: MonitoringWorker;
  tuning: ParallelReadTuning;
}

class TwoThreadRead {
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  private readonly handle: FileHandle;
  private readonly path: string;
  private readonly size: number;
  private readonly options: PredictionCsvOptions;
  private readonly layout: CsvLayout;
  private readonly worker: MonitoringWorker;
  private readonly minWorkerBytes: number;
  private readonly sliceBytes: number;
  private readonly columns: ColumnViews;
  private readonly store: SharedColumnStore;
  private readonly parser: PredictionCsvParser;
  private workerUsable = true;
  private split: Split | null = null;
  private mainBytes = 0;
  private workerBytes = 0;

  constructor({ handle, path, size, options, layout, worker, tuning }: ReadSetup) {
    this.handle = handle;
    this.path = path;
    this.size = size;
    this.options = options;
    this.layout = layout;
    this.worker = worker;
    this.minWorkerBytes = tuning.minWorkerBytes ?? MIN_WORKER_BYTES;
    this.sliceBytes = tuning.sliceBytes ?? SLICE_BYTES;
    const rows = rowsFor(size - layout.dataStart, layout.bytesPerRow, TOTAL_HEADROOM);
    this.columns = allocateSharedColumns(layout.plan, rows);
    this.store = new SharedColumnStore(this.columns, true);
    const store = this.store;
    this.parser = new PredictionCsvParser(options, () => store);
    this.parser.push(layout.header);
  }

  async run(): Promise<ParallelRead | null> {
    const end = await this.parseFrom(this.layout.dataStart);
    const split = this.split;
    if (split === null) return { parsed: this.parser.finish(), workerStart: null };
    const second = await split.result;
    if (second === null) {
      // The worker could not parse its range: the main thread parses it, into its own memory.
      this.workerUsable = false;
      this.split = null;
      this.store.growable = true;
      await this.parseFrom(end);
      return { parsed: this.parser.finish(), workerStart: null };
    }
    this.onProgress?.(this.size, this.size);
    const parsed = joinRanges({
      plan: this.layout.plan,
      columns: this.columns,
      first: this.parser.finishRange(),
      second,
      secondAt: split.workerRow,
      positiveLabel: this.options.positiveLabel?.trim() ?? null,
    });
    return parsed === null ? null : { parsed, workerStart: split.at };
  }

  /** Parses from `start` up to the split (or the end of the file); returns where it stopped. */
  private async parseFrom(start: number): Promise<number> {
    let current = Buffer.allocUnsafe(CHUNK_BYTES);
    let spare = Buffer.allocUnsafe(CHUNK_BYTES);
    let readAt = start;
    let pending = this.handle.read(current, 0, CHUNK_BYTES, readAt);
    for (;;) {
      const { bytesRead, buffer } = await pending;
      const chunkStart = readAt;
      const length = Math.min(bytesRead, this.splitAt() - chunkStart);
      if (length <= 0) return chunkStart;
      readAt = chunkStart + length;
      [current, spare] = [spare, current];
      pending = this.handle.read(current, 0, CHUNK_BYTES, readAt);
      const parsedTo = this.parseSlices(buffer.subarray(0, length), chunkStart);
      this.report();
      if (parsedTo < readAt) {
        // The split fell inside this chunk: the read already under way is not needed.
        pending.catch(() => undefined);
        return parsedTo;
      }
    }
  }

  private splitAt(): number {
    return this.split?.at ?? this.size;
  }

  /**
   * Parses a chunk in slices, checking between slices whether the worker is ready, so the split
   * comes tens of milliseconds after the worker does rather than a whole chunk later. Returns
   * where parsing stopped: the chunk's end, or the split when it falls inside the chunk.
   */
  private parseSlices(chunk: Buffer, chunkStart: number): number {
    for (let offset = 0; offset < chunk.length;) {
      const end = Math.min(chunk.length, this.splitAt() - chunkStart);
      if (offset >= end) return chunkStart + offset;
      const slice = chunk.subarray(offset, Math.min(offset + this.sliceBytes, end));
      if (this.workerUsable && slice.indexOf(QUOTE) >= 0) this.abandonWorker();
      this.parser.push(slice);
      this.mainBytes += slice.length;
      offset += slice.length;
      if (this.split === null && this.workerUsable && this.worker.isReady()) {
        this.hand(chunkStart + offset);
      }
    }
    return chunkStart + chunk.length;
  }

  /** Gives the worker the second half of what is left after `position`, when worth it. */
  private hand(position: number): void {
    const left = this.size - position;
    if (left < this.minWorkerBytes) {
      this.workerUsable = false;
      return;
    }
    const at = rowStartAfter(this.handle.fd, position + Math.floor(left / 2), this.size);
    const { bytesPerRow } = this.layout;
    const workerRow = this.parser.rowCount + rowsFor(at - position, bytesPerRow, RANGE_HEADROOM);
    const capacity = this.columns.score.length;
    const needed = rowsFor(this.size - at, bytesPerRow, RANGE_HEADROOM);
    if (workerRow + needed > capacity || !this.store.limitTo(workerRow, this.parser.rowCount)) {
      this.workerUsable = false;
      return;
    }
    const job = {
      path: this.path,
      header: this.layout.header,
      start: at,
      end: this.size,
      options: this.options,
      views: viewRows(this.columns, workerRow, capacity),
    };
    const result = this.worker.parseRange(job, (bytes) => {
      this.workerBytes += bytes;
      this.report();
    });
    this.split = { at, workerRow, result };
  }

  /**
   * A quote in the main thread's part: parse on alone. Rows past the split go to private memory,
   * since the worker may still be writing its part (its result is ignored).
   */
  private abandonWorker(): void {
    this.workerUsable = false;
    if (this.split !== null) {
      this.split = null;
      this.store.growable = true;
    }
  }

  private report(): void {
    this.onProgress?.(this.layout.dataStart + this.mainBytes + this.workerBytes, this.size);
  }
}

function rowsFor(bytes: number, bytesPerRow: number, headroom: number): number {
  return Math.ceil((bytes / bytesPerRow) * headroom) + 1024;
}

/** Offset just after the first line feed at or after `from` (or `size` when there is none). */
function rowStartAfter(fd: number, from: number, size: number): number {
  const probe = Buffer.alloc(1 << 16);
  for (let pos = from; pos < size; pos += probe.length) {
    const bytesRead = readSync(fd, probe, 0, probe.length, pos);
    if (bytesRead === 0) break;
    const at = probe.subarray(0, bytesRead).indexOf(LF);
    if (at >= 0) return pos + at + 1;
  }
  return size;
}
