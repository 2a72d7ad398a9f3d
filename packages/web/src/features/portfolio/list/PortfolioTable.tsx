import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  aiSystemCategoryLabels,
  aiSystemKindLabels,
  type AiSystemDto,
  type PortfolioViewQuery,
} from '@vigil/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { StateBadge } from '../StateBadge';

type Sort = NonNullable<PortfolioViewQuery['sort']>;

interface PortfolioTableProps {
  systems: readonly AiSystemDto[];
  caption: string;
  view: PortfolioViewQuery;
  onSort: (sort: Sort, order: 'asc' | 'desc') => void;
}

function ownersOf(system: AiSystemDto): string {
  const names = [system.clinicalOwnerName, system.technicalOwnerName].filter(Boolean);
  return names.length > 0 ? names.join(', ') : '—';
}

/** The header of a sortable column: a button that says which way it will sort, and aria-sort. */
function SortHeader(props: {
  sort: Sort;
  label: string;
  view: PortfolioViewQuery;
  onSort: PortfolioTableProps['onSort'];
}) {
  const { sort, label, view, onSort } = props;
  const current = view.sort ?? 'name';
  const defaultOrder = sort === 'updatedAt' ? 'desc' : 'asc';
  const order = view.order ?? (current === 'updatedAt' ? 'desc' : 'asc');
  const isActive = current === sort;
  const nextOrder = isActive ? (order === 'asc' ? 'desc' : 'asc') : defaultOrder;
  const SortIcon = !isActive ? IconArrowsSort : order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th
      scope="col"
      aria-sort={isActive ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        onClick={() => onSort(sort, nextOrder)}
        fw={700}
        fz="sm"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
        aria-label={`${label}, sort ${nextOrder === 'asc' ? 'ascending' : 'descending'}`}
      >
        {label}
        <SortIcon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

function Cell({ children }: { children: ReactNode }) {
  return <Table.Td fz="sm">{children}</Table.Td>;
}

export function PortfolioTable({ systems, caption, view, onSort }: PortfolioTableProps) {
  return (
    <TableScroll minWidth={960} label={caption}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortHeader sort="name" label="Name" view={view} onSort={onSort} />
            <Table.Th scope="col">Developer</Table.Th>
            <Table.Th scope="col">Kind and category</Table.Th>
            <SortHeader sort="state" label="State" view={view} onSort={onSort} />
            <Table.Th scope="col">Owners</Table.Th>
            <SortHeader sort="completeness" label="Card complete" view={view} onSort={onSort} />
            <SortHeader sort="updatedAt" label="Updated" view={view} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {systems.map((system) => {
            const percent = system.cardCompletenessPct;
            return (
              <Table.Tr key={system.id}>
                <Table.Th scope="row" fw={500} miw={180}>
                  <Anchor component={Link} to={`/portfolio/${system.id}`}>
                    {system.name}
                  </Anchor>
                </Table.Th>
                <Cell>{system.developer}</Cell>
                <Cell>
                  {aiSystemKindLabels[system.kind]}
                  <Text size="xs" c="dimmed">
                    {aiSystemCategoryLabels[system.category]}
                  </Text>
                </Cell>
                <Cell>
                  <StateBadge state={system.lifecycleState} />
                </Cell>
                <Table.Td fz="sm" miw={150}>
                  {ownersOf(system)}
                </Table.Td>
                <Cell>
                  {percent === null ? (
                    <Text span size="sm" c="dimmed">
                      No card
                    </Text>
                  ) : (
                    `${Math.round(percent)}%`
                  )}
                </Cell>
                <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={system.updatedAt}>{formatDate(system.updatedAt)}</time>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
