import {
  type AiSystemSource,
  type IntakeAutonomy,
  type IntakeKind,
  intakeSubmitInput,
} from '@vigil/contracts';
import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import { zodValidate } from '../../../lib/zodValidate';

export interface ReportFormValues {
  kind: IntakeKind | null;
  title: string;
  problem: string;
  intendedUse: string;
  department: string;
  source: AiSystemSource | null;
  vendorName: string;
  dataUsed: string;
  affectedPeople: string;
  patientFacing: 'yes' | 'no' | null;
  autonomy: IntakeAutonomy | null;
}

export const emptyReport: ReportFormValues = {
  kind: null,
  title: '',
  problem: '',
  intendedUse: '',
  department: '',
  source: null,
  vendorName: '',
  dataUsed: '',
  affectedPeople: '',
  patientFacing: null,
  autonomy: null,
};

export type ReportBody = z.input<typeof intakeSubmitInput>;

/** The request body of the form's values; files are added by the caller. */
export function toReportBody(
  values: ReportFormValues,
  documents: ReportBody['documents'] = [],
): ReportBody {
  return {
    // Unpicked choices stay invalid so the contract's rules report them.
    kind: values.kind ?? ('' as IntakeKind),
    title: values.title,
    problem: values.problem,
    intendedUse: values.intendedUse,
    department: values.department,
    source: values.source ?? ('' as AiSystemSource),
    vendorName: values.source === 'vendor' ? values.vendorName : null,
    dataUsed: values.dataUsed,
    affectedPeople: values.affectedPeople,
    patientFacing: values.patientFacing === 'yes',
    autonomy: values.autonomy ?? ('' as IntakeAutonomy),
    documents,
  };
}

const validateBody = zodValidate<ReportBody>(intakeSubmitInput);

/** The contract's rules on the form, with "choose one" for a question left unanswered. */
export function validateReport(values: ReportFormValues): FormErrors {
  const errors = validateBody(toReportBody(values));
  for (const field of ['kind', 'source', 'autonomy'] as const) {
    if (values[field] === null) errors[field] = 'choose one';
  }
  if (values.patientFacing === null) errors.patientFacing = 'choose yes or no';
  return errors;
}
