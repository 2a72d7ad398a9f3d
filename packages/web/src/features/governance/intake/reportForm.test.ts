import { describe, expect, it } from 'vitest';
import { emptyReport, toReportBody, validateReport } from './reportForm';

const filled = {
  ...emptyReport,
  kind: 'existing_use' as const,
  title: 'Note-taking app',
  problem: 'Charting takes long.',
  intendedUse: 'It writes our notes.',
  department: 'Nursing',
  source: 'vendor' as const,
  vendorName: 'Lumen Speech',
  dataUsed: 'What is said in the room.',
  affectedPeople: 'Patients on 4 West.',
  patientFacing: 'no' as const,
  autonomy: 'unknown' as const,
};

describe('the report form', () => {
  it('accepts a report filled in plain words', () => {
    expect(validateReport(filled)).toEqual({});
    expect(toReportBody(filled)).toMatchObject({
      patientFacing: false,
      vendorName: 'Lumen Speech',
    });
  });

  it('asks to choose where a question was left unanswered', () => {
    const errors = validateReport(emptyReport);
    expect(errors).toMatchObject({
      kind: 'choose one',
      source: 'choose one',
      autonomy: 'choose one',
      patientFacing: 'choose yes or no',
      title: 'must not be empty',
    });
  });

  it('asks for the company’s name only when a company makes it', () => {
    expect(validateReport({ ...filled, vendorName: '' })).toEqual({
      vendorName: 'name the company that makes it',
    });
    expect(validateReport({ ...filled, source: 'in_house', vendorName: '' })).toEqual({});
    expect(toReportBody({ ...filled, source: 'in_house' }).vendorName).toBeNull();
  });
});
