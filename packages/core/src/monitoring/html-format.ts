/** Formatting helpers for the HTML report; every text that reaches the page goes through esc(). */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** HTML-escapes text for element content and quoted attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A number with fixed decimals, or an em dash when undefined. */
export function num(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : value.toFixed(digits);
}

/** A proportion as a percentage. */
export function pct(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : `${(value * 100).toFixed(digits)} %`;
}

/** A count with thousands separators. */
export function int(value: number): string {
  return value.toLocaleString('en-US');
}

/** A 95 % interval as "[low, high]". */
export function interval(
  ci: readonly [number | null, number | null],
  digits = 3,
  asPct = false,
): string {
  const [low, high] = ci;
  if (low === null || high === null) return '';
  return asPct
    ? `[${pct(low, 1)}, ${pct(high, 1)}]`
    : `[${num(low, digits)}, ${num(high, digits)}]`;
}

/** An escaped HTML table: header cells and rows of already-escaped cell HTML. */
export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  className = '',
): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('\n');
  const cls = className ? ` class="${esc(className)}"` : '';
  return `<table${cls}><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A figure with a visible title above the chart and an optional note below it. */
export function figure(title: string, svg: string, note = ''): string {
  const below = note ? `<figcaption>${esc(note)}</figcaption>` : '';
  return `<figure><p class="figure-title">${esc(title)}</p>${svg}${below}</figure>`;
}
