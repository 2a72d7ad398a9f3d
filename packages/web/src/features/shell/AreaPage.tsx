import { Code, EmptyState, List, Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import type { ProductArea } from './areas';

/** An area whose features arrive in a later release: what it is for, what works today, what comes. */
export function AreaPage({ area }: { area: ProductArea }) {
  const AreaIcon = area.icon;
  return (
    <>
      <PageHeader title={area.label} description={area.purpose} />
      <Stack gap="lg" maw={760}>
        {area.availableNow ? (
          <Paper withBorder p="lg">
            <Title order={2} size="h4" mb="xs">
              Available now
            </Title>
            <Text>{area.availableNow.text}</Text>
            {area.availableNow.command ? (
              <Code block mt="sm">
                {area.availableNow.command}
              </Code>
            ) : null}
          </Paper>
        ) : null}
        <Paper withBorder p="lg">
          <EmptyState
            align="left"
            icon={<AreaIcon size={28} aria-hidden />}
            withIndicatorBackground
          >
            <EmptyState.Title order={2}>Arrives with {area.release}</EmptyState.Title>
            <EmptyState.Description>
              This release of Vigil holds accounts, roles, the audit trail and the portfolio.{' '}
              {area.label} will hold:
            </EmptyState.Description>
          </EmptyState>
          <List mt="sm" spacing={4} withPadding>
            {area.willHold.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </Paper>
      </Stack>
    </>
  );
}
