import { Button, EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';

interface StatusPageProps {
  pageTitle: string;
  heading: string;
  icon: ReactNode;
  children: ReactNode;
}

/** A whole-page message (no access, not found) with a way back home. */
export function StatusPage({ pageTitle, heading, icon, children }: StatusPageProps) {
  usePageTitle(pageTitle);
  return (
    <Paper withBorder p="xl" maw={640}>
      <EmptyState icon={icon} withIndicatorBackground>
        <EmptyState.Title order={1}>{heading}</EmptyState.Title>
        <EmptyState.Description>{children}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="light">
            Go to Home
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
