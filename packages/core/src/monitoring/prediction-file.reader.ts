import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { PredictionCsvOptions } from './csv-columns';
import { MonitoringInputError } from './monitoring-input.error';
import type { MonitoringWorker } from './monitoring-worker';
import { readPlainInParallel } from './parallel-read';
import { type ParsedPredictions, PredictionCsvParser } from './prediction-csv.parser';

/** Reading options: the column layout plus progress reporting. */
export interface ReadPredictionFileOptions extends Omit<PredictionCsvOptions, 'expectedBytes'> {
  /** Called after each chunk with bytes read so far (compressed bytes for gzip) and the file size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Read size; large reads keep per-chunk overhead negligible. Default 8 MiB. */
  chunkBytes?: number;
  /**
   * Plain files at least this large are parsed on two threads (see parallel-read.ts). Default
   * 32 MiB: below it the worker's start costs about what it would save.
   */
  parallelMinBytes?: number;
  /** A worker the caller keeps for later work (else the reader starts and stops its own). */
  worker?: MonitoringWorker;
}

const DEFAULT_CHUNK_BYTES = 8 << 20;
/** Files this large are worth a second thread (see {@link ReadPredictionFileOptions}). */
export const DEFAULT_PARALLEL_MIN_BYTES = 32 << 20;

/**
 * Reads a prediction log (plain CSV, or gzip detected by its magic bytes) into typed columns.
 * @throws MonitoringInputError file_unreadable, plus the parser's codes (column_missing, …)
 */
export async function readPredictionFile(
  path: string,
  options: ReadPredictionFileOptions = {},
): Promise<ParsedPredictions> {
  const handle = await openOrThrow(path);
  try {
    const size = (await handle.stat()).size;
    const magic = Buffer.alloc(2);
    await handle.read(magic, 0, 2, 0);
    const isGzip = magic[0] === 0x1f && magic[1] === 0x8b;
    const expectedBytes = isGzip ? await gzipOriginalSize(handle, size) : size;
    if (!isGzip && size >= (options.parallelMinBytes ?? DEFAULT_PARALLEL_MIN_BYTES)) {
      const layout = csvLayoutOptions(options);
      const { onProgress, worker } = options;
      const read = await readPlainInParallel(handle, path, size, layout, onProgress, {}, worker);
      if (read !== null) return read.parsed;
    }
    const parser = new PredictionCsvParser({ ...options, expectedBytes });
    if (isGzip) await pushGzip(path, parser, size, options);
    else await pushPlain(handle, parser, size, options);
    return parser.finish();
  } finally {
    await handle.close();
  }
}

/** The layout options alone: what a worker thread can receive (no callbacks). */
function csvLayoutOptions(options: ReadPredictionFileOptions): PredictionCsvOptions {
  const { onProgress: _progress, chunkBytes: _chunk, parallelMinBytes: _min, ...rest } = options;
  const { worker: _worker, ...layout } = rest;
  return layout;
}

async function openOrThrow(path: string): Promise<FileHandle> {
  try {
    const handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw new MonitoringInputError('file_unreadable', `${path} is a directory, not a file.`, {
        path,
      });
    }
    return handle;
  } catch (error) {
    if (error instanceof MonitoringInputError) throw error;
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new MonitoringInputError(
      'file_unreadable',
      `Cannot read ${path} (${reason}).`,
      { path },
      { cause: error },
    );
  }
}

/** Reads with two buffers so the next read overlaps parsing of the current chunk. */
async function pushPlain(
  handle: FileHandle,
  parser: PredictionCsvParser,
  size: number,
  options: ReadPredictionFileOptions,
): Promise<void> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  let current = Buffer.allocUnsafe(chunkBytes);
  let spare = Buffer.allocUnsafe(chunkBytes);
  let position = 0;
  let pending = handle.read(current, 0, chunkBytes, 0);
  for (;;) {
    const { bytesRead, buffer } = await pending;
    if (bytesRead === 0) return;
    position += bytesRead;
    [current, spare] = [spare, current];
    pending = handle.read(current, 0, chunkBytes, position);
    parser.push(buffer.subarray(0, bytesRead));
    options.onProgress?.(position, size);
  }
}

async function pushGzip(
  path: string,
  parser: PredictionCsvParser,
  size: number,
  options: ReadPredictionFileOptions,
): Promise<void> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const raw = createReadStream(path, { highWaterMark: chunkBytes });
  let compressedRead = 0;
  raw.on('data', (chunk) => {
    compressedRead += chunk.length;
  });
  const gunzip = raw.pipe(createGunzip({ chunkSize: 1 << 20 }));
  raw.on('error', (error) => gunzip.destroy(error));
  try {
    for await (const chunk of gunzip) {
      parser.push(chunk as Buffer);
      options.onProgress?.(compressedRead, size);
    }
  } catch (error) {
    if (error instanceof MonitoringInputError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new MonitoringInputError(
      'file_unreadable',
      `Cannot decompress ${path}: ${detail}.`,
      { path },
      { cause: error },
    );
  } finally {
    raw.destroy();
  }
}

/** Uncompressed size from the gzip trailer (ISIZE, mod 2^32): a sizing hint, never trusted. */
async function gzipOriginalSize(handle: FileHandle, size: number): Promise<number | undefined> {
  if (size < 18) return undefined;
  const trailer = Buffer.alloc(4);
  await handle.read(trailer, 0, 4, size - 4);
  const isize = trailer.readUInt32LE(0);
  return isize >= size ? isize : undefined;
}
