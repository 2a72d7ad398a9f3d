import { DataList, Modal, Text } from '@mantine/core';
import type { AiSystemSnapshot } from '@vigil/contracts';
import { useSystemVersion } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { formatDateTime, formatValue } from '../../../lib/format';
import { systemFieldLabels } from '../fieldLabels';

interface VersionSnapshotModalProps {
  systemId: string;
  version: number | null;
  onClose: () => void;
}

/** One saved version of the record, every field as it was then. */
export function VersionSnapshotModal({ systemId, version, onClose }: VersionSnapshotModalProps) {
  const snapshot = useSystemVersion(systemId, version);
  const fields = Object.keys(systemFieldLabels) as (keyof AiSystemSnapshot)[];
  return (
    <Modal opened={version !== null} onClose={onClose} title={`Version ${version ?? ''}`} size="lg">
      {snapshot.isPending && version !== null ? <PageLoader /> : null}
      {snapshot.isError ? <ErrorAlert error={snapshot.error} /> : null}
      {snapshot.data ? (
        <>
          <Text size="sm" c="dimmed" mb="md">
            Saved {formatDateTime(snapshot.data.changedAt)} by {snapshot.data.changedByLabel}
          </Text>
          <DataList labelWidth={170}>
            {fields.map((field) => (
              <DataList.Item key={field}>
                <DataList.ItemLabel>{systemFieldLabels[field]}</DataList.ItemLabel>
                <DataList.ItemValue style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {formatValue(snapshot.data.snapshot[field], 2000)}
                </DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        </>
      ) : null}
    </Modal>
  );
}
