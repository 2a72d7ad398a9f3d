import { List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { letterBlocks } from './letterBlocks';

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
