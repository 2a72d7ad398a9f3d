export {
  listSystemDocuments,
  uploadSystemDocument,
  getSystemDocumentFile,
  removeSystemDocument,
  type DocumentFile,
} from './portfolio-documents.service';
export { classifyDocument, contentMatchesKind } from './portfolio-documents.file-type';
