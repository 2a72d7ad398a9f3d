import { IconMapQuestion } from '@tabler/icons-react';
import { StatusPage } from './StatusPage';

export function NotFoundPage() {
  return (
    <StatusPage
      pageTitle="Page not found"
      heading="Page not found"
      icon={<IconMapQuestion size={28} aria-hidden />}
    >
      There is no page at this address. It may have moved, or the link may be mistyped.
    </StatusPage>
  );
}
