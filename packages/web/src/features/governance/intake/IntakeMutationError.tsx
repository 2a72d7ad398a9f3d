import { isApiError } from '../../../api/ApiError';
import { useIntake } from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VersionConflictAlert } from '../../portfolio/VersionConflictAlert';

/** Why a triage action failed; a version conflict offers to reload the intake. */
export function IntakeMutationError({ error, intakeId }: { error: unknown; intakeId: string }) {
  const reload = useIntake(intakeId);
  if (isApiError(error, 'version_conflict'))
    return <VersionConflictAlert what="intake" onReload={() => void reload.refetch()} />;
  return <ErrorAlert error={error} title="That did not work" />;
}
