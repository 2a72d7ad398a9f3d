export { saveModelCard } from './portfolio-cards.service';
export {
  getModelCard,
  listModelCardVersions,
  getModelCardVersion,
  diffModelCardVersions,
  exportModelCardFile,
  exportModelCardXml,
} from './portfolio-cards.read';
export { importModelCard, importModelCardXmlFile } from './portfolio-cards.import';
export { getPortfolioCompleteness } from './portfolio-cards.completeness';
