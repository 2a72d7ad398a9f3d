import type { ColumnIssue } from '@vigil/metrics';

const MAX_LINES = 10;

type IssueRole = ColumnIssue['role'];
type IssueKind = ColumnIssue['kind'];

/**
 * Counts invalid cells per column and kind with their first line numbers. Issues of the row being
 * parsed stay pending until the row is known to be complete, so a row re-parsed after a chunk
 * boundary is not counted twice.
 */
export class IssueLog {
  private readonly issues = new Map<string, ColumnIssue>();
  private readonly pendingColumn: number[] = [];
  private readonly pendingKind: IssueKind[] = [];

  constructor(
    private readonly names: readonly string[],
    private readonly roles: readonly (IssueRole | null)[],
  ) {}

  /** Notes an invalid cell in the current row. */
  add(column: number, kind: IssueKind): void {
    this.pendingColumn.push(column);
    this.pendingKind.push(kind);
  }

  /** True when the current row has noted issues. */
  get hasPending(): boolean {
    return this.pendingColumn.length > 0;
  }

  /** Forgets the current row's issues (the row was incomplete and will be parsed again). */
  discardPending(): void {
    this.pendingColumn.length = 0;
    this.pendingKind.length = 0;
  }

  /** Records the current row's issues at its 1-based file line. */
  commitPending(line: number): void {
    for (let i = 0; i < this.pendingColumn.length; i++) {
      const column = this.pendingColumn[i] ?? 0;
      const kind = this.pendingKind[i] ?? 'unparseable';
      const key = `${column}:${kind}`;
      let issue = this.issues.get(key);
      if (issue === undefined) {
        const role = this.roles[column] ?? 'numeric';
        issue = { column: this.names[column] ?? '', role, kind, count: 0, firstLines: [] };
        this.issues.set(key, issue);
      }
      issue.count++;
      if (issue.firstLines.length < MAX_LINES) issue.firstLines.push(line);
    }
    this.discardPending();
  }

  /**
   * Adds the issues of a range parsed separately, shifting its line numbers by the lines of the
   * ranges before it; absorbing ranges in file order keeps the first lines those of the file.
   */
  absorb(list: readonly ColumnIssue[], lineOffset: number): void {
    for (const issue of list) {
      const key = `${this.names.indexOf(issue.column)}:${issue.kind}`;
      let mine = this.issues.get(key);
      if (mine === undefined) {
        mine = { ...issue, count: 0, firstLines: [] };
        this.issues.set(key, mine);
      }
      mine.count += issue.count;
      for (const line of issue.firstLines) {
        if (mine.firstLines.length < MAX_LINES) mine.firstLines.push(line + lineOffset);
      }
    }
  }

  /** All issues, in column order. */
  list(): ColumnIssue[] {
    return [...this.issues.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([, issue]) => issue);
  }
}
