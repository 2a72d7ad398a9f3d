/** Namespace of the CHAI Applied Model Card v0.2 (the schema's targetNamespace). */
export const CHAI_NS = 'https://mc.chai.org/v0.2/schema.xsd';
/** Namespace of XML digital signatures (`ds:Signature`). */
export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const CHAI_ROOT = 'AppliedModelCard';
/**
 * Target of the processing instruction that carries a card's HTI-1 attributes in exported XML.
 * CHAI v0.2 has no element for them; a processing instruction keeps the file schema-valid and is
 * ignored by other readers, while Vigil reads it back so an export round-trips without loss.
 */
export const HTI1_PI_TARGET = 'vigil-hti1';
