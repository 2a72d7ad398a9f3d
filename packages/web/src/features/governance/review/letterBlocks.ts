export type LetterBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'paragraph'; text: string };

/** The letter's Markdown as blocks: the only constructs the letter uses (headings, lists, bold). */
export function letterBlocks(markdown: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const line of markdown.split('\n')) {
    const last = blocks[blocks.length - 1];
    const bullet = /^- (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    if (line.startsWith('## ')) blocks.push({ kind: 'heading', level: 2, text: line.slice(3) });
    else if (line.startsWith('# ')) blocks.push({ kind: 'heading', level: 1, text: line.slice(2) });
    else if (bullet || numbered) {
      const ordered = numbered !== null;
      const item = (bullet ?? numbered)?.[1] ?? '';
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: 'list', ordered, items: [item] });
    } else if (line.trim() !== '') {
      if (last?.kind === 'paragraph') last.text += `\n${line}`;
      else blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}
