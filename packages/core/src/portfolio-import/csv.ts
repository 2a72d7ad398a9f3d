// RFC 4180 reading, tolerant of what spreadsheet programs actually write: a byte-order mark,
// CRLF, LF or CR line ends, a semicolon or tab delimiter (European Excel), quoted cells with
// doubled quotes and line breaks inside them.

const candidateDelimiters = [',', ';', '\t'] as const;

/** The delimiter of the first line: whichever of comma, semicolon or tab occurs most outside quotes. */
export function detectDelimiter(text: string): string {
  let inQuotes = false;
  const counts = new Map<string, number>(candidateDelimiters.map((d) => [d, 0]));
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const d of candidateDelimiters) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Every record of a CSV text as an array of cells; blank lines come back as `['']`. */
export function parseCsv(input: string, delimiter = detectDelimiter(input)): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let inQuotes = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') inQuotes = false;
      else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.length === 0) inQuotes = true;
    else if (ch === delimiter) {
      record.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else cell += ch;
    i += 1;
  }
  if (cell.length > 0 || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
