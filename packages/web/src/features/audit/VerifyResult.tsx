import { Alert } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import type { AuditVerifyResult } from '@vigil/contracts';
import { ErrorAlert } from '../../components/ErrorAlert';

interface VerifyResultProps {
  result: AuditVerifyResult | undefined;
  error: unknown;
}

/** What the hash-chain check found, said plainly; announced politely when it arrives. */
export function VerifyResult({ result, error }: VerifyResultProps) {
  return (
    <div aria-live="polite">
      {error ? <ErrorAlert error={error} title="The integrity check could not run" /> : null}
      {result?.intact ? (
        <Alert
          color="green"
          icon={<IconShieldCheck aria-hidden />}
          title="The audit trail is intact"
        >
          All {result.checked} entries were checked; none was altered, removed or reordered.
        </Alert>
      ) : null}
      {result && !result.intact ? (
        <Alert color="red" icon={<IconShieldX aria-hidden />} title="The audit trail is broken">
          {result.firstBroken
            ? `The chain breaks at entry #${result.firstBroken.seq}: ${result.firstBroken.reason}.`
            : 'The chain does not verify.'}{' '}
          {result.checked} entries were checked. Preserve the database as it is and tell your
          security team.
        </Alert>
      ) : null}
    </div>
  );
}
