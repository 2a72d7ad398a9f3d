import type { ModelCard } from '@vigil/contracts';
import { parseChaiXml } from './chai-xml.parse';
import { validateChaiXml } from './chai-xml.validate';

/**
 * Import a vendor's CHAI v0.2 XML: validate it against schema.xsd, then read it into a `ModelCard`.
 * @throws payload_too_large when the file is over the size limit
 * @throws validation_failed when it is not a schema-valid card, naming element and line
 */
export async function importChaiXml(xml: string): Promise<ModelCard> {
  await validateChaiXml(xml);
  return parseChaiXml(xml);
}
