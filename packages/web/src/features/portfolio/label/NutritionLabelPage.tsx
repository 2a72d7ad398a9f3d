import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { useSystem } from '../../../api/usePortfolio';
import { useModelCard } from '../../../api/usePortfolioCards';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { usePageTitle } from '../../../lib/usePageTitle';
import { BackToSystem } from '../BackLink';
import { NutritionLabel } from './NutritionLabel';
import classes from './NutritionLabel.module.css';

/** A one-page, print-ready summary of a system and its model card. */
export function NutritionLabelPage() {
  const { id = '' } = useParams();
  const system = useSystem(id);
  const card = useModelCard(id);
  usePageTitle(system.data ? `Label: ${system.data.name}` : 'Model card label');
  if (system.isPending || card.isPending) return <PageLoader />;
  const error = system.error ?? card.error;
  if (error || !system.data || card.data === undefined) {
    return (
      <Stack>
        <BackToSystem id={id} />
        <ErrorAlert error={error} title="The label could not be made" />
      </Stack>
    );
  }
  return (
    <Stack gap="md" data-print-label>
      <Group justify="space-between" className={classes.noPrint}>
        <BackToSystem id={id} name={system.data.name} />
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            Fits one printed page
          </Text>
          <Button
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
          >
            Print
          </Button>
        </Group>
      </Group>
      <NutritionLabel system={system.data} card={card.data} />
    </Stack>
  );
}
