import type {
  AiSystemCategory,
  AiSystemDto,
  AiSystemKind,
  AiSystemLink,
  AiSystemSource,
  DeploymentMode,
  DsiType,
  EuAiActRisk,
  FdaStatus,
  ImdrfCategory,
  InitialState,
} from '@vigil/contracts';

/** The form's view of a system: empty strings where the API has null, unpicked selects as null. */
export interface SystemFormValues {
  name: string;
  developer: string;
  product: string;
  productVersion: string;
  source: AiSystemSource | null;
  kind: AiSystemKind | null;
  category: AiSystemCategory | null;
  departments: string[];
  sites: string[];
  intendedUse: string;
  intendedUsers: string;
  patientPopulation: string;
  deployment: DeploymentMode | null;
  ehrIntegration: string;
  dsiType: DsiType;
  fdaStatus: FdaStatus;
  fdaClearanceNumber: string;
  imdrfCategory: ImdrfCategory | null;
  euAiActRisk: EuAiActRisk;
  clinicalOwnerId: string | null;
  technicalOwnerId: string | null;
  executiveSponsorId: string | null;
  links: AiSystemLink[];
  tags: string[];
  initialState: InitialState;
}

export const emptySystem: SystemFormValues = {
  name: '',
  developer: '',
  product: '',
  productVersion: '',
  source: null,
  kind: null,
  category: null,
  departments: [],
  sites: [],
  intendedUse: '',
  intendedUsers: '',
  patientPopulation: '',
  deployment: null,
  ehrIntegration: '',
  dsiType: 'unknown',
  fdaStatus: 'unknown',
  fdaClearanceNumber: '',
  imdrfCategory: null,
  euAiActRisk: 'unknown',
  clinicalOwnerId: null,
  technicalOwnerId: null,
  executiveSponsorId: null,
  links: [],
  tags: [],
  initialState: 'proposed',
};

export function formValuesOf(system: AiSystemDto): SystemFormValues {
  return {
    ...emptySystem,
    ...system,
    product: system.product ?? '',
    productVersion: system.productVersion ?? '',
    intendedUse: system.intendedUse ?? '',
    intendedUsers: system.intendedUsers ?? '',
    patientPopulation: system.patientPopulation ?? '',
    ehrIntegration: system.ehrIntegration ?? '',
    fdaClearanceNumber: system.fdaClearanceNumber ?? '',
    initialState: 'proposed',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/**
 * The create body before the contract parses it. Unpicked required selects stay null so the
 * contract's own validation names them on the form.
 */
export function toCreateBody(values: SystemFormValues) {
  return {
    ...values,
    product: orNull(values.product),
    productVersion: orNull(values.productVersion),
    intendedUse: orNull(values.intendedUse),
    intendedUsers: orNull(values.intendedUsers),
    patientPopulation: orNull(values.patientPopulation),
    ehrIntegration: orNull(values.ehrIntegration),
    fdaClearanceNumber: orNull(values.fdaClearanceNumber),
  };
}

type EditableKey = Exclude<keyof SystemFormValues, 'initialState'>;

/** Only the fields the user changed, so the version history names exactly those. */
export function toUpdateBody(
  values: SystemFormValues,
  initial: SystemFormValues,
  version: number,
): Record<string, unknown> {
  const body = toCreateBody(values);
  const before = toCreateBody(initial);
  const changes: Record<string, unknown> = { version };
  for (const key of Object.keys(body) as (keyof typeof body)[]) {
    if (key === 'initialState') continue;
    const field: EditableKey = key;
    if (JSON.stringify(body[field]) !== JSON.stringify(before[field])) changes[field] = body[field];
  }
  return changes;
}
