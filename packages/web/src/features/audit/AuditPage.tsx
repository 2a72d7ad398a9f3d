import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { auditExportUrl, useAuditList, useVerifyAudit } from '../../api/useAudit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import {
  readFilterForm,
  toAuditFilter,
  writeFilterForm,
  type AuditFilterForm,
} from './auditSearch';
import { VerifyResult } from './VerifyResult';

const pageSize = 50;

export function AuditPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filterForm = useMemo(() => readFilterForm(searchParams), [searchParams]);
  const filter = useMemo(() => toAuditFilter(filterForm), [filterForm]);
  const page = Math.max(1, Number(searchParams.get('page') ?? '1') || 1);
  const entries = useAuditList({ ...filter, page, pageSize });
  const verify = useVerifyAudit();

  const handleApply = (next: AuditFilterForm) => setSearchParams(writeFilterForm(next));
  const handlePageChange = (nextPage: number) => {
    const next = writeFilterForm(filterForm);
    next.set('page', String(nextPage));
    setSearchParams(next);
  };

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made in Vigil: who, what, when, and the request it came from. Entries are hash-chained, so a change to the history can be detected."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              onClick={() => verify.mutate()}
              loading={verify.isPending}
            >
              Verify integrity
            </Button>
            <Button
              component="a"
              href={auditExportUrl(filter)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Export CSV
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <VerifyResult result={verify.data} error={verify.error} />
        <Paper withBorder p="lg">
          <AuditFilters key={searchParams.toString()} value={filterForm} onApply={handleApply} />
        </Paper>
        <Paper withBorder p="lg">
          {entries.isPending ? <PageLoader /> : null}
          {entries.isError ? <ErrorAlert error={entries.error} /> : null}
          {entries.data && entries.data.items.length === 0 ? (
            <Text c="dimmed">No audit entries match these filters.</Text>
          ) : null}
          {entries.data && entries.data.items.length > 0 ? (
            <>
              <AuditTable
                entries={entries.data.items}
                caption={`Audit entries, newest first: ${entries.data.total} match`}
              />
              <Pager
                page={page}
                total={entries.data.total}
                pageSize={pageSize}
                onChange={handlePageChange}
              />
            </>
          ) : null}
        </Paper>
      </Stack>
    </>
  );
}
