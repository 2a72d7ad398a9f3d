import { modelCardLimits } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { parseChaiXml } from './chai-xml.parse';
import { validateChaiXml } from './chai-xml.validate';
import { detailMessages, readExample, rejectionOf } from './model-card.test-fixtures';

const aidoc = readExample('Aidoc_PE-03-RT');
const releaseStage = '<ReleaseStage>FDA Cleared, Commercial (K241727)</ReleaseStage>';
const releaseDate = '<ReleaseDate>July 2024</ReleaseDate>';
const broken = {
  'wrong element order': aidoc.replace(
    `${releaseStage}\n\t\t${releaseDate}`,
    `${releaseDate}\n\t\t${releaseStage}`,
  ),
  'a missing required element': aidoc.replace(/\t\t<ModelDeveloper>Aidoc<\/ModelDeveloper>\n/, ''),
  'an unknown element': aidoc.replace('<Keywords />', '<Keywords />\n\t\t<Tagline>Fast</Tagline>'),
};
const expected = {
  'wrong element order':
    'line 16: element ReleaseDate: This element is not expected. Expected is ( ReleaseStage ).',
  'a missing required element':
    'line 12: element DeveloperContact: This element is not expected. Expected is ( ModelDeveloper ).',
  'an unknown element': 'line 25: element Tagline: This element is not expected.',
};

describe('validating a file against the CHAI v0.2 schema', () => {
  it.each(Object.keys(broken) as (keyof typeof broken)[])(
    'rejects %s, naming element and line',
    async (kind) => {
      const error = await rejectionOf(() => validateChaiXml(broken[kind]));
      expect(error.code).toBe('validation_failed');
      expect(detailMessages(error)[0]).toContain(expected[kind]);
      expect(error.message).toContain(expected[kind]);
    },
  );

  it('rejects a metric block without results, as the schema requires one', async () => {
    const xml = aidoc.replace(/<Results>[^]*?<\/Results>/, '<Results />');
    const error = await rejectionOf(() => validateChaiXml(xml));
    expect(detailMessages(error)[0]).toBe(
      'line 94: element Results: Missing child element(s). Expected is ( MetricResult ).',
    );
  });

  it('rejects an element holding child elements where the schema wants text', async () => {
    const xml = aidoc.replace('<ModelName>BriefCase', '<ModelName><b>x</b>BriefCase');
    const error = await rejectionOf(() => validateChaiXml(xml));
    expect(detailMessages(error)[0]).toMatch(
      /^line 11: element ModelName: Element content is not allowed/,
    );
  });
});

describe('reading a broken file without the schema', () => {
  it.each(Object.keys(broken) as (keyof typeof broken)[])(
    'also rejects %s, naming element and line',
    async (kind) => {
      const error = await rejectionOf(() => parseChaiXml(broken[kind]));
      expect(error.code).toBe('validation_failed');
      expect(detailMessages(error)[0]).toContain(expected[kind]);
    },
  );

  it('rejects child elements inside a text field', async () => {
    const error = await rejectionOf(() =>
      parseChaiXml(aidoc.replace('<ModelName>BriefCase', '<ModelName><b>x</b>BriefCase')),
    );
    expect(detailMessages(error)[0]).toBe(
      'line 11: element b: not allowed inside ModelName, which holds text only',
    );
  });

  it('rejects stray text between sections', async () => {
    const error = await rejectionOf(() =>
      parseChaiXml(aidoc.replace('</BasicInfo>', '</BasicInfo>\n\tstray')),
    );
    expect(detailMessages(error)[0]).toBe(
      'line 15: element AppliedModelCard: text is not allowed here, only child elements',
    );
  });
});

describe.each([
  ['validating', validateChaiXml],
  ['reading', parseChaiXml],
])('before %s, a file that is not a CHAI v0.2 card', (_step, run) => {
  it('is rejected when it is not XML', async () => {
    const error = await rejectionOf(() => run('Model name: Sepsis Watch\nVersion: 2'));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/not well-formed XML/);
  });

  it('is rejected when it is cut off, naming the line', async () => {
    const error = await rejectionOf(() => run(aidoc.slice(0, aidoc.indexOf('</BasicInfo>'))));
    expect(error.code).toBe('validation_failed');
    expect(detailMessages(error)[0]).toMatch(/^line \d+: /);
  });

  it('is rejected when its root is in another namespace', async () => {
    const error = await rejectionOf(() =>
      run(
        aidoc.replace('https://mc.chai.org/v0.2/schema.xsd', 'https://mc.chai.org/v0.1/schema.xsd'),
      ),
    );
    expect(error.code).toBe('validation_failed');
    expect(detailMessages(error)[0]).toBe(
      'line 7: element AppliedModelCard: expected AppliedModelCard in namespace https://mc.chai.org/v0.2/schema.xsd, found {https://mc.chai.org/v0.1/schema.xsd}AppliedModelCard',
    );
  });

  it('is rejected when its root is another element', async () => {
    const error = await rejectionOf(() =>
      run('<?xml version="1.0"?>\n<ModelCard xmlns="https://mc.chai.org/v0.2/schema.xsd"/>'),
    );
    expect(detailMessages(error)[0]).toMatch(
      /^line 2: element ModelCard: expected AppliedModelCard/,
    );
  });

  it('is rejected when it declares a DOCTYPE', async () => {
    const error = await rejectionOf(() =>
      run(
        aidoc.replace(
          '<AppliedModelCard',
          '<!DOCTYPE AppliedModelCard [<!ENTITY x "y">]>\n<AppliedModelCard',
        ),
      ),
    );
    expect(detailMessages(error)[0]).toBe('line 7: a DOCTYPE is not allowed in a model card');
  });

  it('is rejected when it is over the size limit, before it is parsed', async () => {
    const huge = `<AppliedModelCard xmlns="https://mc.chai.org/v0.2/schema.xsd"><!--${'x'.repeat(modelCardLimits.xmlMaxBytes)}-->`;
    const error = await rejectionOf(() => run(huge));
    expect(error.code).toBe('payload_too_large');
  });

  it('is rejected when multi-byte text takes it over the limit in UTF-8 though not in characters', async () => {
    const text = '\u00e9'.repeat(modelCardLimits.xmlMaxBytes / 2 + 1);
    expect(text.length).toBeLessThan(modelCardLimits.xmlMaxBytes);
    const error = await rejectionOf(() =>
      run(aidoc.replace('<Bibliography />', `<Bibliography>${text}</Bibliography>`)),
    );
    expect(error.code).toBe('payload_too_large');
  });
});

describe('files the schema accepts in other spellings', () => {
  it('reads a card with prefixed elements, CRLF line ends and a byte order mark', async () => {
    const prefixed = aidoc
      .replace(/<(\/?)(?=[A-Z])/g, '<$1mc:')
      .replace(
        'xmlns="https://mc.chai.org/v0.2/schema.xsd"',
        'xmlns:mc="https://mc.chai.org/v0.2/schema.xsd"',
      )
      .replace(/\n/g, '\r\n');
    await expect(validateChaiXml(`\uFEFF${prefixed}`)).resolves.toBeUndefined();
    expect(parseChaiXml(`\uFEFF${prefixed}`)).toStrictEqual(parseChaiXml(aidoc));
  });

  it('reads CDATA sections as the text they hold', () => {
    const card = parseChaiXml(
      aidoc.replace(
        '<ModelDeveloper>Aidoc</ModelDeveloper>',
        '<ModelDeveloper><![CDATA[Ai<doc>]]> & co</ModelDeveloper>',
      ),
    );
    expect(card.basicInfo.modelDeveloper).toBe('Ai<doc> & co');
  });
});
