import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import {
  completenessBands,
  type PortfolioViewQuery,
  riskTierLabels,
  riskTiers,
} from '@vigil/contracts';
import { useEffect, useState } from 'react';
import { bandLabels } from '../dashboard/dashboardData';
import { categoryOptions, fdaStatusOptions, kindOptions, stateOptions } from '../options';
import { hasFilters } from './portfolioSearch';

export interface FacetValues {
  developers: string[];
  departments: string[];
  sites: string[];
}

interface PortfolioFiltersProps {
  view: PortfolioViewQuery;
  facets: FacetValues;
  onChange: (view: PortfolioViewQuery) => void;
}

type FilterKey =
  | 'state'
  | 'kind'
  | 'category'
  | 'fdaStatus'
  | 'completeness'
  | 'tier'
  | 'developer'
  | 'department'
  | 'site';

const completenessOptions = completenessBands.map((band) => ({
  value: band,
  label: bandLabels[band],
}));

const tierOptions = [
  ...riskTiers.map((tier) => ({ value: tier, label: riskTierLabels[tier] })),
  { value: 'not_tiered', label: 'Not tiered yet' },
];

/** Search and facet filters; every change lands in the address at once (search after a pause). */
export function PortfolioFilters({ view, facets, onChange }: PortfolioFiltersProps) {
  const [search, setSearch] = useState(view.q ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);

  useEffect(() => {
    if (q !== (view.q ?? '')) onChange({ ...view, q: q || undefined });
    // Only a new debounced search runs this; the render that sees it holds the latest view.
  }, [q]);

  // A picked saved view or a cleared search replaces the text in the box.
  useEffect(() => {
    setSearch((current) => (current.trim() === (view.q ?? '') ? current : (view.q ?? '')));
  }, [view.q]);

  const select = (
    key: FilterKey,
    label: string,
    data: readonly { value: string; label: string }[] | string[],
  ) => (
    <Select
      label={label}
      placeholder="Any"
      data={data}
      value={view[key] ?? null}
      onChange={(value) => onChange({ ...view, [key]: value ?? undefined })}
      clearable
      searchable
      nothingFoundMessage="No match"
    />
  );

  const handleClear = () => {
    setSearch('');
    onChange({ sort: view.sort, order: view.order });
  };

  return (
    <div role="search" aria-label="Search and filter the portfolio">
      <TextInput
        label="Search the portfolio"
        placeholder="Name, developer, intended use, tags…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        type="search"
        maw={480}
        mb="md"
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        {select('state', 'State', stateOptions)}
        {select('kind', 'Kind', kindOptions)}
        {select('category', 'Category', categoryOptions)}
        {select('fdaStatus', 'FDA status', fdaStatusOptions)}
        {select('completeness', 'Card completeness', completenessOptions)}
        {select('tier', 'Risk tier', tierOptions)}
        {select('developer', 'Developer', facets.developers)}
        {select('department', 'Department', facets.departments)}
        {select('site', 'Site', facets.sites)}
      </SimpleGrid>
      {hasFilters(view) ? (
        <Group mt="md">
          <Button
            variant="default"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={handleClear}
          >
            Clear search and filters
          </Button>
        </Group>
      ) : null}
    </div>
  );
}
