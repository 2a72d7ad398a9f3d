import { List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Bold runs (`**x**`) of one line of the letter. */
function inline(text: string): ReactNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/g)
    .map((part, i) =>
      part.startsWith('**') && part.endsWith('**') ? (
        <strong key={i}>{part.slice(2, -2)}</strong>
      ) : (
        part
      ),
    );
}

type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'paragraph'; text: string };

/** The letter's Markdown as blocks: the only constructs the letter uses (headings, lists, bold). */
export function letterBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
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

/** Renders the stored letter; its headings sit under the page's own h1. */
export function LetterView({ markdown }: { markdown: string }) {
  return (
    <article aria-label="Decision letter">
      {letterBlocks(markdown).map((b, i) => {
        if (b.kind === 'heading')
          return (
            <Title
              key={i}
              order={b.level === 1 ? 2 : 3}
              size={b.level === 1 ? 'h3' : 'h4'}
              mt="md"
              mb="xs"
            >
              {b.text}
            </Title>
          );
        if (b.kind === 'list')
          return (
            <List key={i} type={b.ordered ? 'ordered' : 'unordered'} spacing={4} mb="sm">
              {b.items.map((item, j) => (
                <List.Item key={j}>{inline(item)}</List.Item>
              ))}
            </List>
          );
        return (
          <Text key={i} mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {inline(b.text)}
          </Text>
        );
      })}
    </article>
  );
}
