import type { Element } from '@xmldom/xmldom';
import { modelCard, type ModelCard } from '@vigil/contracts';
import { HTI1_PI_TARGET } from './chai-xml.constants';
import { invalidCard, xmlProblem } from './chai-xml.errors';
import { parseJsonOrUndefined } from './chai-xml.reader';

const PROCESSING_INSTRUCTION_NODE = 7;
const hti1Record = modelCard.shape.hti1;

/**
 * The HTI-1 attributes carried by the card's `<?vigil-hti1 {json}?>` processing instruction; `{}` when absent.
 * @throws validation_failed when the instruction is not a JSON object of known HTI-1 keys
 */
export function readHti1(root: Element): ModelCard['hti1'] {
  for (let node = root.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== PROCESSING_INSTRUCTION_NODE || node.nodeName !== HTI1_PI_TARGET) continue;
    const parsed = hti1Record.safeParse(parseJsonOrUndefined(node.nodeValue ?? ''));
    if (!parsed.success) {
      const keys = parsed.error.issues
        .map((issue) => issue.path.join('.') || issue.message)
        .join(', ');
      throw invalidCard('The model card is not valid', [
        xmlProblem(
          node.lineNumber,
          `?${HTI1_PI_TARGET}`,
          `not a JSON object of HTI-1 attributes (${keys})`,
        ),
      ]);
    }
    return parsed.data;
  }
  return {};
}

/** The processing instruction for a card's HTI-1 attributes, or undefined when there are none. */
export function hti1Instruction(hti1: ModelCard['hti1']): string | undefined {
  if (Object.keys(hti1).length === 0) return undefined;
  // `>` only occurs inside JSON strings here, so escaping it keeps `?>` out of the instruction.
  return `<?${HTI1_PI_TARGET} ${JSON.stringify(hti1).replace(/>/g, '\\u003e')}?>`;
}
