import { Anchor } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor
      component={Link}
      to={to}
      size="sm"
      display="inline-flex"
      style={{ gap: 4, alignItems: 'center' }}
    >
      <IconArrowLeft size={14} aria-hidden />
      {label}
    </Anchor>
  );
}

export function BackToPortfolio() {
  return <BackLink to="/portfolio" label="Portfolio" />;
}

export function BackToSystem({ id, name }: { id: string; name?: string }) {
  return <BackLink to={`/portfolio/${id}`} label={name ?? 'Back to the system'} />;
}
