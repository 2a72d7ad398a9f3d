// The columns contract alone: this module also runs in the parse worker, which loads no more.
import { MISSING_CODE } from '@vigil/metrics/columns';
import { CategoryTrie } from './category-trie';

// Byte values as local literals so that per-byte loops compare against constants, not against
// imported bindings (which V8 reads through a module cell on each use).
const COMMA = 44;
const LF = 10;
const CR = 13;
const EOF = -1;

/** Most levels a categorical column may have; codes are Uint16 and 0xFFFF means missing. */
export const MAX_LEVELS = 0xfffe;

/**
 * Dictionary coding for one categorical column that works on raw bytes: a cell is hashed while it
 * is scanned and only a new level becomes a string, so ten million cells cost no allocations.
 */
export class CategoryDictionary {
  readonly levels: string[] = [];
  /** Code of the cell parsed by the last {@link readField}; -1 when the column is full. */
  code = 0;
  private readonly levelBytes: Uint8Array[] = [];
  private readonly levelHashes: number[] = [];
  private table = new Int32Array(64);
  private readonly trie = new CategoryTrie();

  /** Reads the unquoted cell at `pos` into {@link code} and returns the offset that ends it. */
  readField(buf: Uint8Array, pos: number): number {
    if (!this.trie.isFull) {
      const end = this.trie.match(buf, pos);
      if (end >= 0) {
        this.code = this.trie.code;
        return end;
      }
    }
    const start = pos;
    let hash = 0x811c9dc5;
    let c = buf[pos] ?? EOF;
    while (c !== COMMA && c !== LF && c !== CR && c !== EOF) {
      hash = Math.imul(hash ^ c, 0x01000193);
      c = buf[++pos] ?? EOF;
    }
    this.code = pos === start ? MISSING_CODE : this.lookup(buf, start, pos, hash);
    return pos;
  }

  /** Code of a decoded cell (quoted cells take this path); -1 when the column is full. */
  codeOf(text: string): number {
    if (text.length === 0) return MISSING_CODE;
    const bytes = Buffer.from(text, 'utf8');
    let hash = 0x811c9dc5;
    for (const c of bytes) hash = Math.imul(hash ^ c, 0x01000193);
    return this.lookup(bytes, 0, bytes.length, hash);
  }

  private lookup(buf: Uint8Array, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] ?? 0;
      if (entry === 0) return this.add(buf, start, end, hash);
      if (this.levelHashes[entry - 1] === hash && this.matches(entry - 1, buf, start, end)) {
        return entry - 1;
      }
    }
  }

  private matches(code: number, buf: Uint8Array, start: number, end: number): boolean {
    const level = this.levelBytes[code];
    if (level === undefined || level.length !== end - start) return false;
    for (let i = 0; i < level.length; i++) if (level[i] !== buf[start + i]) return false;
    return true;
  }

  private add(buf: Uint8Array, start: number, end: number, hash: number): number {
    const code = this.levels.length;
    if (code >= MAX_LEVELS) return -1;
    const bytes = new Uint8Array(buf.subarray(start, end));
    this.levelBytes.push(bytes);
    this.levelHashes.push(hash);
    this.levels.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
    this.trie.insert(bytes, code);
    if (this.levels.length * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.insert(this.table, hash, code);
    return code;
  }

  private rehash(size: number): void {
    const table = new Int32Array(size);
    this.levelHashes.forEach((hash, code) => this.insert(table, hash, code));
    this.table = table;
  }

  private insert(table: Int32Array, hash: number, code: number): void {
    const mask = table.length - 1;
    let slot = hash & mask;
    while ((table[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    table[slot] = code + 1;
  }
}
