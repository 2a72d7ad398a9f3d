import { describe, expect, it } from 'vitest';
import { importChaiXml } from './chai-xml.import';
import { parseChaiXml } from './chai-xml.parse';
import { serializeChaiXml } from './chai-xml.serialize';
import { validateChaiXml } from './chai-xml.validate';
import { exampleNames, readExample } from './model-card.test-fixtures';

/** The vendor file without what is not a field: the licence comment and the root's namespace declarations. */
function withoutPackaging(xml: string): string {
  return xml
    .replace(/<!--[^]*?-->\n?/g, '')
    .replace(/<AppliedModelCard[^>]*>/, '<AppliedModelCard>')
    .replace(/&#x200B;/g, '\u200B')
    .trimEnd();
}

describe.each(exampleNames)('the CHAI example %s', (name) => {
  const xml = readExample(name);

  it('passes the official schema and imports', async () => {
    await expect(validateChaiXml(xml)).resolves.toBeUndefined();
    await expect(importChaiXml(xml)).resolves.toStrictEqual(parseChaiXml(xml));
  });

  it('exports as XML that passes the official schema', async () => {
    await expect(validateChaiXml(serializeChaiXml(parseChaiXml(xml)))).resolves.toBeUndefined();
  });

  it('round-trips field for field through export and import', () => {
    const card = parseChaiXml(xml);
    expect(parseChaiXml(serializeChaiXml(card))).toStrictEqual(card);
  });

  it('exports the same elements and text as the vendor wrote', () => {
    expect(withoutPackaging(serializeChaiXml(parseChaiXml(xml)))).toBe(withoutPackaging(xml));
  });
});

describe('fields of the CHAI examples', () => {
  it('keeps Markdown line breaks, list markers and zero-width characters exactly', () => {
    const card = parseChaiXml(readExample('Penguin-Ai_PA-SLM'));
    expect(card.warnings.knownRisksAndLimitations).toBe(
      '\u200B\n- Accuracy of the model improves with usage\n- Places high weightage to human input during RLHF\n' +
        '- Performance dependent on quality of OCR of input clinical notes\n- May not capture rare or unusual clinical scenarios',
    );
    expect(card.trustIngredients.aiSystemFacts.outcomesAndOutputs).toContain(
      '- Decision such as Approve, Deny & pending state',
    );
  });

  it('reads EHR lists, keywords and optional elements, leaving absent ones out', () => {
    const card = parseChaiXml(readExample('OrbDoc_Voice-to-SOAP'));
    expect(card.releaseInfo.ehrCompatibility).toEqual([
      'Epic',
      'Cerner',
      'Athena',
      'Allscripts',
      'NextGen',
    ]);
    expect(card.modelSummary.keywords).toHaveLength(22);
    expect(card.trustIngredients.transparencyInformation.thirdPartyInformation).toContain(
      'DeepGram',
    );
    expect(card.resources).not.toHaveProperty('clinicalTrial');
    expect(card.bibliography).toBe('');
  });

  it('reads metric values by kind and keeps ValueJson text that is not in canonical form', () => {
    const card = parseChaiXml(readExample('Aidoc_PE-03-RT'));
    const [device, predicate] = card.keyMetrics.safetyReliability.results;
    expect(device).toStrictEqual({
      label: 'Mean time-to-notification (device)',
      value: {
        kind: 'estimate_ci',
        estimate: 26.42,
        lower: 25.3,
        upper: 27.54,
        level: 95,
        unit: 'seconds',
      },
    });
    expect(predicate?.value).toMatchObject({ kind: 'estimate_ci', estimate: 78 });
    expect(predicate?.valueJson).toBe(
      '{"kind":"estimate_ci","estimate":78.0,"lower":73.6,"upper":82.3,"level":95,"unit":"seconds"}',
    );
    expect(card.keyMetrics.fairnessEquity.results[0]).toStrictEqual({
      label: 'Significance vs Age',
      value: { kind: 'single', value: 0 },
    });
    expect(card.keyMetrics.fairnessEquity.metricGoal).toContain('sensitivity & specificity');
  });
});
