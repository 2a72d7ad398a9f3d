import { chaiFields, hti1Attributes, hti1AttributeKeys, hti1AttributesFor } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { hti1Crosswalk } from './model-card.crosswalk';
import { chaiFieldReaders } from './model-card.fields';
import { maximalCard } from './model-card.test-fixtures';

function readPath(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (at, key) => (typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined),
      value,
    );
}

describe('the HTI-1 attribute catalog', () => {
  it('has 13 evidence-based and 31 predictive attributes with unique keys', () => {
    expect(hti1AttributesFor('evidence_based')).toHaveLength(13);
    expect(hti1AttributesFor('predictive')).toHaveLength(31);
    expect(new Set(hti1AttributeKeys).size).toBe(hti1Attributes.length);
  });

  it('has the nine predictive groups with 4, 4, 2, 4, 2, 4, 5, 4 and 2 attributes', () => {
    const sizes = new Map<string, number>();
    for (const a of hti1AttributesFor('predictive'))
      sizes.set(a.group, (sizes.get(a.group) ?? 0) + 1);
    expect([...sizes.values()]).toEqual([4, 4, 2, 4, 2, 4, 5, 4, 2]);
  });
});

describe('the CHAI field catalog', () => {
  it('lists the 42 fields of schema v0.2 with unique keys, 32 of them required', () => {
    expect(chaiFields).toHaveLength(42);
    expect(new Set(chaiFields.map((f) => f.key)).size).toBe(42);
    expect(chaiFields.filter((f) => f.required)).toHaveLength(32);
  });

  it('reads each field from the path its catalog entry names', () => {
    const card = maximalCard();
    for (const field of chaiFields)
      expect(chaiFieldReaders[field.key](card), field.key).toBe(readPath(card, field.cardPath));
  });
});

describe('the HTI-1 crosswalk', () => {
  it('maps each attribute at most once, from CHAI fields in the catalog', () => {
    const keys = hti1Crosswalk.map((entry) => entry.hti1);
    expect(new Set(keys).size).toBe(keys.length);
    const known = new Set(chaiFields.map((f) => f.key));
    for (const entry of hti1Crosswalk)
      for (const source of entry.sources) expect(known.has(source.field)).toBe(true);
  });

  it('leaves unmapped only what CHAI has no field for: USCDI variable use and training representativeness', () => {
    const mapped = new Set(hti1Crosswalk.map((entry) => entry.hti1));
    expect(hti1AttributeKeys.filter((key) => !mapped.has(key))).toEqual([
      'hti1_ebdsi_uses_race',
      'hti1_ebdsi_uses_ethnicity',
      'hti1_ebdsi_uses_language',
      'hti1_ebdsi_uses_sexual_orientation',
      'hti1_ebdsi_uses_gender_identity',
      'hti1_ebdsi_uses_sex',
      'hti1_ebdsi_uses_dob',
      'hti1_ebdsi_uses_sdoh',
      'hti1_ebdsi_uses_health_status',
      'hti1_pdsi_uscdi_vars_as_inputs',
      'hti1_pdsi_training_representativeness',
    ]);
  });
});
