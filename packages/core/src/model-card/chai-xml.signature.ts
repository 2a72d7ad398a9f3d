import { XMLSerializer, type Element } from '@xmldom/xmldom';
import { CHAI_NS, DSIG_NS } from './chai-xml.constants';
import { invalidCard, xmlProblem } from './chai-xml.errors';
import { parseXmlDocument } from './chai-xml.dom';
import { isElement } from './chai-xml.reader';

/**
 * The `ds:Signature` element as XML text: the source slice verbatim when it reads the same on its
 * own in an exported card (namespaces `ds` and the CHAI default in scope), else xmldom's
 * serialisation of it, which declares whatever namespaces the element needs.
 */
export function readSignatureXml(signature: Element, text: string): string {
  const canonical = new XMLSerializer().serializeToString(signature);
  const slice = sourceSlice(signature, text);
  if (slice === undefined) return canonical;
  try {
    return new XMLSerializer().serializeToString(parseSignatureXml(slice)) === canonical
      ? slice
      : canonical;
  } catch {
    return canonical;
  }
}

/**
 * Parse signature XML in the context an exported card gives it.
 * @throws validation_failed unless it is exactly one well-formed ds:Signature element
 */
export function parseSignatureXml(signature: string): Element {
  const doc = parseXmlDocument(`<w xmlns="${CHAI_NS}" xmlns:ds="${DSIG_NS}">${signature}</w>`);
  const only = doc.documentElement?.firstChild;
  const isOneSignature =
    only !== null &&
    only !== undefined &&
    only.nextSibling === null &&
    isElement(only) &&
    only.localName === 'Signature' &&
    only.namespaceURI === DSIG_NS;
  if (!isOneSignature) {
    throw invalidCard('The signature is not valid', [
      xmlProblem(
        undefined,
        'signature',
        `must be exactly one Signature element in namespace ${DSIG_NS}`,
      ),
    ]);
  }
  return only;
}

function sourceSlice(el: Element, text: string): string | undefined {
  const start = offsetOf(text, el.lineNumber, el.columnNumber);
  if (start === undefined || text[start] !== '<') return undefined;
  const rootClose = text.lastIndexOf(`</${el.parentNode?.nodeName ?? ''}`);
  const close = text.lastIndexOf(`</${el.nodeName}`, rootClose);
  const end = close > start ? text.indexOf('>', close) + 1 : text.indexOf('/>', start) + 2;
  return end > start ? text.slice(start, end) : undefined;
}

function offsetOf(
  text: string,
  line: number | undefined,
  column: number | undefined,
): number | undefined {
  if (line === undefined || column === undefined) return undefined;
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    offset = text.indexOf('\n', offset) + 1;
    if (offset === 0) return undefined;
  }
  return offset + column - 1;
}
