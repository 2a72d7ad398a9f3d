import { describe, expect, it } from 'vitest';
import { searchDocument, searchTerms } from './dialect';

describe('full-text normalisation', () => {
  it('lower-cases, strips accents and turns punctuation runs into single spaces', () => {
    expect(searchDocument('Épic  Sepsis-Model', null, 'K241727/S001', undefined, "Crohn's")).toBe(
      'epic sepsis model k241727 s001 crohn s',
    );
  });

  it('keeps letters of other scripts and digits', () => {
    expect(searchDocument('Straße 3D 肺炎')).toBe('straße 3d 肺炎');
  });

  it('reduces a search to unique words with no query syntax left', () => {
    expect(searchTerms('"sepsis" OR sepsis* -icu')).toEqual(['sepsis', 'or', 'icu']);
    expect(searchTerms('%_*')).toEqual([]);
  });

  it('keeps at most eight words', () => {
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});
