import { modelCard } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { parseChaiXml } from './chai-xml.parse';
import { serializeChaiXml } from './chai-xml.serialize';
import { validateChaiXml } from './chai-xml.validate';
import {
  detailMessages,
  maximalCard,
  minimalCard,
  readExample,
  rejectionOf,
  signatureXml,
} from './model-card.test-fixtures';

describe.each([
  ['minimal', minimalCard],
  ['maximal', maximalCard],
])('a %s synthetic card', (_name, make) => {
  it('satisfies the model card contract', () => {
    expect(modelCard.safeParse(make()).success).toBe(true);
  });

  it('exports as XML that passes the official schema', async () => {
    await expect(validateChaiXml(serializeChaiXml(make()))).resolves.toBeUndefined();
  });

  it('reads back equal to itself after export', () => {
    expect(parseChaiXml(serializeChaiXml(make()))).toStrictEqual(make());
  });
});

describe('export details', () => {
  it('writes absent optional elements nowhere and empty texts and lists as empty elements', () => {
    const xml = serializeChaiXml(minimalCard());
    expect(xml).not.toContain('EHRCompatibility');
    expect(xml).not.toContain('ds:Signature');
    expect(xml).toContain('<Keywords />');
  });

  it('carries HTI-1 attributes in a processing instruction without breaking out of it', () => {
    const xml = serializeChaiXml(maximalCard());
    const instruction = /<\?vigil-hti1 ([^]*?)\?>/.exec(xml)?.[1] ?? '';
    expect(instruction).not.toContain('>');
    expect(JSON.parse(instruction)).toStrictEqual(maximalCard().hti1);
  });

  it('keeps a carriage return in text as a character reference', () => {
    expect(serializeChaiXml(maximalCard())).toContain('&#13;');
  });

  it('refuses a card that breaks the contract, naming the field', () => {
    const card = {
      ...minimalCard(),
      keyMetrics: {
        ...minimalCard().keyMetrics,
        fairnessEquity: { ...minimalCard().keyMetrics.fairnessEquity, results: [] },
      },
    };
    expect(() => serializeChaiXml(card)).toThrow(
      expect.objectContaining({
        code: 'validation_failed',
        details: [expect.objectContaining({ path: 'keyMetrics.fairnessEquity.results' })],
      }),
    );
  });

  it('refuses a signature that is not one ds:Signature element', () => {
    const card = { ...minimalCard(), signature: '<Signature>x</Signature>' };
    expect(() => serializeChaiXml(card)).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
  });
});

describe('signatures in imported files', () => {
  const withSignature = (rootAttributes: string, signature: string) =>
    readExample('OrbDoc_Voice-to-SOAP')
      .replace('<AppliedModelCard ', `<AppliedModelCard ${rootAttributes} `)
      .replace('</AppliedModelCard>', `\t${signature}\n</AppliedModelCard>`);

  it('keeps a signature verbatim when its prefix is declared on the root', async () => {
    const xml = withSignature('xmlns:ds="http://www.w3.org/2000/09/xmldsig#"', signatureXml);
    await validateChaiXml(xml);
    const card = parseChaiXml(xml);
    expect(card.signature).toBe(signatureXml);
    await expect(validateChaiXml(serializeChaiXml(card))).resolves.toBeUndefined();
  });

  it('keeps a signature that declares its own namespace verbatim', () => {
    const own = '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/></Signature>';
    expect(parseChaiXml(withSignature('', own)).signature).toBe(own);
  });

  it('makes a signature self-contained when its prefix is one the export does not declare', async () => {
    const xml = withSignature(
      'xmlns:sig="http://www.w3.org/2000/09/xmldsig#"',
      '<sig:Signature><sig:SignedInfo/></sig:Signature>',
    );
    const card = parseChaiXml(xml);
    expect(card.signature).toBe(
      '<sig:Signature xmlns:sig="http://www.w3.org/2000/09/xmldsig#"><sig:SignedInfo/></sig:Signature>',
    );
    await expect(validateChaiXml(serializeChaiXml(card))).resolves.toBeUndefined();
    expect(parseChaiXml(serializeChaiXml(card))).toStrictEqual(card);
  });
});

describe('reading HTI-1 attributes back', () => {
  it('rejects an instruction with an unknown attribute key, naming its line', async () => {
    const xml = serializeChaiXml(minimalCard()).replace(
      '<BasicInfo>',
      '<?vigil-hti1 {"hti1_made_up":"x"}?>\n\t<BasicInfo>',
    );
    const error = await rejectionOf(() => parseChaiXml(xml));
    expect(error.code).toBe('validation_failed');
    expect(detailMessages(error)[0]).toMatch(
      /^line 3: element \?vigil-hti1: not a JSON object of HTI-1 attributes/,
    );
  });
});
