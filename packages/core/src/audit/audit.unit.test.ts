import { describe, expect, it } from 'vitest';
import { csvField } from './audit.csv';
import { diffFields } from './audit.changes';
import { chainHash, genesisHash } from './audit.hash';

describe('audit helpers', () => {
  it('records only the fields that changed', () => {
    expect(diffFields({ a: 1, b: [1, 2], c: 'x' }, { a: 1, b: [1, 3], d: true })).toEqual({
      b: { before: [1, 2], after: [1, 3] },
      c: { before: 'x', after: null },
      d: { before: null, after: true },
    });
  });

  it('records that a secret changed without its value', () => {
    expect(diffFields({ password: 'old' }, { password: 'new' }, { secret: ['password'] })).toEqual({
      password: { before: '[redacted]', after: '[redacted]' },
    });
  });

  it('quotes CSV fields with commas, quotes or newlines and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(null)).toBe('');
  });

  it('changes the hash when any chained field or the previous hash changes', () => {
    const entry = {
      seq: 1,
      at: '2026-01-01T00:00:00.000Z',
      actorId: null,
      actorLabel: 'a',
      action: 'x',
      entityType: 't',
      entityId: null,
      changesJson: '{}',
      requestId: null,
    };
    const base = chainHash(genesisHash, entry);
    expect(chainHash(genesisHash, { ...entry, actorLabel: 'b' })).not.toBe(base);
    expect(chainHash(genesisHash, { ...entry, changesJson: '{"a":1}' })).not.toBe(base);
    expect(chainHash('f'.repeat(64), entry)).not.toBe(base);
    expect(chainHash(genesisHash, { ...entry })).toBe(base);
  });
});
