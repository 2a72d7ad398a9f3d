import type { Element, Node } from '@xmldom/xmldom';
import { CHAI_NS } from './chai-xml.constants';
import { invalidCard, xmlProblem } from './chai-xml.errors';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Reads the element children of a container in schema order, failing on anything out of place. */
export interface ChildCursor {
  required(name: string, ns?: string): Element;
  optional(name: string, ns?: string): Element | undefined;
  many(name: string, ns?: string): Element[];
  /** Fail if any element child has not been read. */
  end(): void;
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * A cursor over the element children of `parent`.
 * @throws validation_failed when the parent holds text outside its child elements
 */
export function childrenOf(parent: Element): ChildCursor {
  const children: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node)) children.push(node);
    else if (isText(node) && (node.nodeValue ?? '').trim() !== '') {
      const text = node.nodeValue ?? '';
      // Point at the line where the stray text starts, not where the whitespace before it does.
      const line = mapDefined(
        node.lineNumber,
        (n) => n + (text.slice(0, text.search(/\S/)).match(/\n/g) ?? []).length,
      );
      throw invalidCard('The model card is not valid', [
        xmlProblem(
          line,
          parent.localName ?? parent.nodeName,
          'text is not allowed here, only child elements',
        ),
      ]);
    }
  }
  let index = 0;
  const matches = (el: Element | undefined, name: string, ns: string) =>
    el !== undefined && el.localName === name && el.namespaceURI === ns;
  const unexpected = (expected: string) => {
    const next = children[index];
    return next === undefined
      ? xmlProblem(
          parent.lineNumber,
          parent.localName ?? undefined,
          `Missing child element(s). Expected is ( ${expected} ).`,
        )
      : xmlProblem(
          next.lineNumber,
          next.localName ?? next.nodeName,
          `This element is not expected. Expected is ( ${expected} ).`,
        );
  };
  return {
    required(name, ns = CHAI_NS) {
      const el = children[index];
      if (el === undefined || !matches(el, name, ns))
        throw invalidCard('The model card is not valid', [unexpected(name)]);
      index += 1;
      return el;
    },
    optional(name, ns = CHAI_NS) {
      const el = children[index];
      if (!matches(el, name, ns)) return undefined;
      index += 1;
      return el;
    },
    many(name, ns = CHAI_NS) {
      const found: Element[] = [];
      for (let el = this.optional(name, ns); el !== undefined; el = this.optional(name, ns))
        found.push(el);
      return found;
    },
    end() {
      if (index < children.length)
        throw invalidCard('The model card is not valid', [unexpected('end of element')]);
    },
  };
}

/**
 * The character content of a text-only element, exactly as written (CDATA included, comments skipped).
 * @throws validation_failed when the element contains child elements
 */
export function textOf(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (isText(node)) text += node.nodeValue ?? '';
    else if (isElement(node)) {
      throw invalidCard('The model card is not valid', [
        xmlProblem(
          node.lineNumber,
          node.localName ?? node.nodeName,
          `not allowed inside ${el.localName ?? ''}, which holds text only`,
        ),
      ]);
    }
  }
  return text;
}

function isText(node: Node): boolean {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
}

/** `map(value)`, or undefined when there is no value. */
export function mapDefined<T, U>(value: T | undefined, map: (value: T) => U): U | undefined {
  return value === undefined ? undefined : map(value);
}

/** The JSON value of a text, or undefined when it is not JSON. */
export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
