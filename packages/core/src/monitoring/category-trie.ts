// Byte values as local literals so that per-byte loops compare against constants, not against
// imported bindings (which V8 reads through a module cell on each use).
const COMMA = 44;
const LF = 10;
const CR = 13;

// A node is 256 Uint16 transitions (512 B); a few thousand nodes hold any realistic attribute.
const INITIAL_NODES = 64;
const MAX_NODES = 4096;
// Transition stored for the bytes that end a field, so one table load per byte both walks the
// trie and finds the delimiter.
const END = 0xffff;
const DELIMITERS = [COMMA, LF, CR];

/**
 * Byte trie over the known levels of a categorical column: matching a cell costs one table load
 * per byte, with no hashing and no comparison afterwards. Columns with too many distinct bytes
 * stop using it (see {@link isFull}) and fall back to the dictionary's hash table.
 */
export class CategoryTrie {
  /** Set when a level did not fit; from then on the trie must not be consulted. */
  isFull = false;
  /** Code of the cell matched by the last successful {@link match}. */
  code = 0;
  private next: Uint16Array = new Uint16Array(INITIAL_NODES * 256);
  private terminal = new Int32Array(INITIAL_NODES);
  private nodes = 1;

  constructor() {
    for (const c of DELIMITERS) this.next[c] = END;
  }

  /**
   * Matches the unquoted cell at `pos` and returns the offset that ends it, with its code in
   * {@link code}; -1 when the cell is not a known level (the caller then takes the slow path).
   */
  match(buf: Uint8Array, pos: number): number {
    const next = this.next;
    let node = 0;
    for (;;) {
      // A read past the end counts as a line feed: it ends the field too.
      const child = next[(node << 8) | (buf[pos] ?? LF)] ?? 0;
      if (child === 0) return -1;
      if (child === END) break;
      node = child;
      pos++;
    }
    const code = this.terminal[node] ?? 0;
    this.code = code - 1;
    return code === 0 ? -1 : pos;
  }

  /** Adds a level's bytes; marks the trie full instead when it would outgrow its budget. */
  insert(bytes: Uint8Array, code: number): void {
    if (this.isFull) return;
    let node = 0;
    for (const c of bytes) {
      let child = this.next[(node << 8) | c] ?? 0;
      if (child === 0) {
        child = this.newNode();
        if (child < 0) return;
        this.next[(node << 8) | c] = child;
      }
      node = child;
    }
    this.terminal[node] = code + 1;
  }

  private newNode(): number {
    if (this.nodes >= MAX_NODES) {
      this.isFull = true;
      return -1;
    }
    const node = this.nodes;
    if (node === this.terminal.length) {
      const next = new Uint16Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const terminal = new Int32Array(this.terminal.length * 2);
      terminal.set(this.terminal);
      this.terminal = terminal;
    }
    for (const c of DELIMITERS) this.next[(node << 8) | c] = END;
    this.nodes = node + 1;
    return node;
  }
}
