import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { modelCardLimits } from '@vigil/contracts';
import { DomainError } from '../errors';
import { CHAI_NS, CHAI_ROOT } from './chai-xml.constants';
import { invalidCard, lineOf, xmlProblem } from './chai-xml.errors';

/** A well-formed CHAI card document: its root element and the normalised text it was read from. */
export interface ChaiXmlDocument {
  readonly root: Element;
  readonly text: string;
}

/**
 * XML 1.0 §2.11 line-end handling. xmldom defaults to the XML 1.1 rules, which would also turn
 * U+0085 and U+2028 inside Markdown into newlines; libxml2 (the validator) does not.
 */
export function normalizeXmlText(xml: string): string {
  return xml.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Parse XML text into a DOM, failing on any parser error or warning.
 * @throws validation_failed when the text is not well-formed XML
 */
export function parseXmlDocument(text: string): Document {
  const problems: ReturnType<typeof xmlProblem>[] = [];
  const parser = new DOMParser({
    normalizeLineEndings: (source) => source,
    onError: (_level, message, context: unknown) => {
      problems.push(
        xmlProblem(lineOf(Reflect.get(Object(context), 'locator')), undefined, message),
      );
    },
  });
  let doc: Document | undefined;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    if (problems.length === 0) {
      const locator: unknown = error instanceof Error ? Reflect.get(error, 'locator') : undefined;
      problems.push(
        xmlProblem(
          lineOf(locator),
          undefined,
          error instanceof Error ? error.message : 'unreadable',
        ),
      );
    }
  }
  if (doc === undefined || problems.length > 0)
    throw invalidCard('The file is not well-formed XML', problems);
  return doc;
}

/**
 * Check size, well-formedness and root of a CHAI v0.2 card, without the schema.
 * @throws payload_too_large when the text is over the size limit
 * @throws validation_failed when it is not XML, has a DOCTYPE, or its root is not a v0.2 card
 */
export function loadChaiXml(xml: string): ChaiXmlDocument {
  assertWithinSize(xml);
  const text = normalizeXmlText(xml);
  const doc = parseXmlDocument(text);
  if (doc.doctype !== null) {
    throw invalidCard('The file is not a CHAI model card', [
      xmlProblem(doc.doctype.lineNumber, undefined, 'a DOCTYPE is not allowed in a model card'),
    ]);
  }
  const root = doc.documentElement;
  if (root === null)
    throw invalidCard('The file is not well-formed XML', [
      xmlProblem(1, undefined, 'no root element'),
    ]);
  if (root.localName !== CHAI_ROOT || root.namespaceURI !== CHAI_NS) {
    const found = `{${root.namespaceURI ?? ''}}${root.localName ?? root.nodeName}`;
    throw invalidCard('The file is not a CHAI Applied Model Card v0.2', [
      xmlProblem(
        root.lineNumber,
        root.nodeName,
        `expected ${CHAI_ROOT} in namespace ${CHAI_NS}, found ${found}`,
      ),
    ]);
  }
  return { root, text };
}

function assertWithinSize(xml: string): void {
  const max = modelCardLimits.xmlMaxBytes;
  // Every UTF-16 unit is at least one UTF-8 byte, so the length alone can reject without encoding.
  if (xml.length > max || Buffer.byteLength(xml, 'utf8') > max) {
    throw new DomainError(
      'payload_too_large',
      `A model card file may be at most ${max / 1024 / 1024} MiB`,
      {
        details: [{ path: 'xml', message: `larger than ${max} bytes` }],
      },
    );
  }
}
