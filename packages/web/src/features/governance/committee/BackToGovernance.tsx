import { Anchor } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';

export function BackToGovernance({
  to = '/governance',
  label = 'Governance',
}: {
  to?: string;
  label?: string;
}) {
  return (
    <Anchor
      component={Link}
      to={to}
      size="sm"
      display="inline-flex"
      style={{ gap: 4, alignItems: 'center' }}
      className="vigil-no-print"
    >
      <IconArrowLeft size={14} aria-hidden />
      {label}
    </Anchor>
  );
}
