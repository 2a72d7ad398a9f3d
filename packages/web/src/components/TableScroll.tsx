import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableScrollProps {
  minWidth: number;
  /** Names the scroll region for screen readers; usually the table caption. */
  label: string;
  children: ReactNode;
}

/** A table that scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */
export function TableScroll({ minWidth, label, children }: TableScrollProps) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </Table.ScrollContainer>
  );
}
