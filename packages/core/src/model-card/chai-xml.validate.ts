import { readFile } from 'node:fs/promises';
import { memoryPages, validateXML, type XMLValidationError } from 'xmllint-wasm';
import { loadChaiXml } from './chai-xml.dom';
import { invalidCard, xmlProblem } from './chai-xml.errors';

const CARD_FILE = 'card.xml';
const SCHEMA_FILE = 'schema.xsd';
const DSIG_FILE = 'xmldsig-minimal.xsd';
const DSIG_REMOTE = 'http://www.w3.org/TR/xmldsig-core/xmldsig-core-schema.xsd';

interface SchemaFiles {
  readonly schema: string;
  readonly dsig: string;
}

let schemaFiles: Promise<SchemaFiles> | undefined;

/** The CHAI schema with its XML-DSig import pointed at our local stand-in, read once. */
function loadSchemaFiles(): Promise<SchemaFiles> {
  schemaFiles ??= Promise.all([
    readFile(new URL('./schema/schema.xsd', import.meta.url), 'utf8'),
    readFile(new URL('./schema/xmldsig-minimal.xsd', import.meta.url), 'utf8'),
  ]).then(([schema, dsig]) => ({
    schema: schema.replace(`schemaLocation="${DSIG_REMOTE}"`, `schemaLocation="${DSIG_FILE}"`),
    dsig,
  }));
  return schemaFiles;
}

/**
 * Validate a CHAI Applied Model Card v0.2 XML file against the official schema.xsd (libxml2, offline).
 * Size, well-formedness and root are checked first, so a wrong file fails before the validator runs.
 * @throws payload_too_large when the file is over the size limit
 * @throws validation_failed naming each wrong element with its line
 */
export async function validateChaiXml(xml: string): Promise<void> {
  const { text } = loadChaiXml(xml);
  const { schema, dsig } = await loadSchemaFiles();
  const result = await validateXML({
    xml: [{ fileName: CARD_FILE, contents: asUtf8Declared(text) }],
    schema: [{ fileName: SCHEMA_FILE, contents: schema }],
    preload: [{ fileName: DSIG_FILE, contents: dsig }],
    maxMemoryPages: 256 * memoryPages.MiB,
  });
  if (result.valid) return;
  const located = result.errors.filter((error) => error.loc !== null);
  const problems = (located.length > 0 ? located : result.errors).map(describe);
  throw invalidCard('The model card does not match the CHAI v0.2 schema', problems);
}

/** Turn libxml2's `Element '{ns}Name': message` into `line N: element Name: message`, namespaces dropped. */
function describe(error: XMLValidationError) {
  const body = error.message.replace(/^Schemas validity error : /, '');
  const match = /^Element '(?:\{[^}]*\})?([^']+)'(?:, attribute '([^']+)')?: ([^]*)$/.exec(body);
  const stripNs = (s: string) => s.replace(/\{[^}]*\}/g, '').trim();
  if (match === null) return xmlProblem(error.loc?.lineNumber, undefined, stripNs(body));
  const [, element = '', attribute, message = ''] = match;
  return xmlProblem(
    error.loc?.lineNumber,
    attribute === undefined ? element : `${element} (attribute ${attribute})`,
    stripNs(message),
  );
}

/** The validator receives UTF-8 bytes, so a declared legacy encoding would make it misread the text. */
function asUtf8Declared(text: string): string {
  return text.replace(/^(<\?xml[^?]*?encoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');
}
