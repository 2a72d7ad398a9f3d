import { Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useSystem } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { BackToSystem } from '../../portfolio/BackLink';
import { TieringPanel } from './TieringPanel';

/** Tiering a system that did not come through intake (or re-tiering any system). */
export function TieringPage() {
  const { systemId = '' } = useParams();
  const system = useSystem(systemId);
  if (system.isPending) return <PageLoader />;
  if (system.isError)
    return <ErrorAlert error={system.error} title="This system could not be loaded" />;
  return (
    <Stack gap="md">
      <BackToSystem id={systemId} name={system.data.name} />
      <PageHeader
        title={`Risk tiering: ${system.data.name}`}
        description="Answer each dimension; the tier and each dimension’s contribution update as you go. The tier decides the review pathway, the evidence required before go-live, the monitoring cadence and the re-review interval."
      />
      <Title order={2} size="h3">
        Tiering
      </Title>
      <TieringPanel systemId={systemId} />
    </Stack>
  );
}
