import { describe, expect, it } from 'vitest';
import { letterBlocks } from './letterBlocks';

describe('reading a decision letter', () => {
  it('turns headings, bullet and numbered lists and paragraphs into blocks', () => {
    const text = [
      '# Decision letter: Sepsis watch',
      '',
      '- **Decision:** Approve',
      '- **Date:** 2026-03-02',
      '',
      '## Rationale',
      '',
      'Safe with training.',
      'Second line.',
      '',
      '## Conditions',
      '',
      '1. Train the nurses',
      '2. Audit notes',
    ].join('\n');
    expect(letterBlocks(text)).toEqual([
      { kind: 'heading', level: 1, text: 'Decision letter: Sepsis watch' },
      { kind: 'list', ordered: false, items: ['**Decision:** Approve', '**Date:** 2026-03-02'] },
      { kind: 'heading', level: 2, text: 'Rationale' },
      { kind: 'paragraph', text: 'Safe with training.\nSecond line.' },
      { kind: 'heading', level: 2, text: 'Conditions' },
      { kind: 'list', ordered: true, items: ['Train the nurses', 'Audit notes'] },
    ]);
  });
});
