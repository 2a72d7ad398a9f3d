import { Anchor, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';

const dayMs = 86_400_000;

/** What a block needs to know about its query to show loading, error or content. */
interface QueryState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

interface ThisWeekBlockProps {
  /** Unique on the page; names the heading so lists and tables can point at it. */
  id: string;
  title: string;
  queries: QueryState[];
  /** True once loaded and there is nothing for the person to do. */
  isEmpty: boolean;
  emptyText?: string;
  link?: { to: string; label: string };
  children?: ReactNode;
}

/** One card of "This week": its heading, then loading, an error, "Nothing waiting" or the items. */
export function ThisWeekBlock(props: ThisWeekBlockProps) {
  const { id, title, queries, isEmpty, emptyText = 'Nothing waiting.', link, children } = props;
  const failed = queries.find((q) => q.isError);
  const pending = queries.some((q) => q.isPending);
  let body: ReactNode;
  if (failed) body = <ErrorAlert error={failed.error} title={`Could not load ${title}`} />;
  else if (pending)
    body = (
      <Group role="status" aria-label={`Loading ${title}`} py="xs">
        <Loader size="sm" />
      </Group>
    );
  else if (isEmpty)
    body = (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  else body = children;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={id}>
      <Title id={id} order={3} size="h5" mb="xs">
        {title}
      </Title>
      {body}
      {link && !pending && !failed ? (
        <Anchor component={Link} to={link.to} size="sm" mt="xs" display="inline-block">
          {link.label}
        </Anchor>
      ) : null}
    </Paper>
  );
}

/** Today's calendar date in UTC, `YYYY-MM-DD`, shifted by whole days. */
export function utcDay(offsetDays = 0, now = Date.now()): string {
  return new Date(now + offsetDays * dayMs).toISOString().slice(0, 10);
}

/** Whole days from an instant or calendar date until now (0 for today). */
export function daysSince(iso: string, now = Date.now()): number {
  const at = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Math.max(0, Math.floor((now - at) / dayMs));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
