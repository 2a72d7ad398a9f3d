export { parseChaiXml } from './chai-xml.parse';
export { validateChaiXml } from './chai-xml.validate';
export { importChaiXml } from './chai-xml.import';
export { serializeChaiXml } from './chai-xml.serialize';
export { CHAI_NS, DSIG_NS, HTI1_PI_TARGET } from './chai-xml.constants';
export { assessModelCardCompleteness } from './model-card.completeness';
export { hti1Crosswalk, type CrosswalkEntry, type CrosswalkSource } from './model-card.crosswalk';
export { diffModelCards } from './model-card.diff';
export { chaiFieldReaders, isFieldFilled, type ChaiFieldValue } from './model-card.fields';
