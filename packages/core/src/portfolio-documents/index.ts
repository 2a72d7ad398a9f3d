export {
  listSystemDocuments,
  uploadSystemDocument,
  getSystemDocumentFile,
  removeSystemDocument,
  type DocumentFile,
} from './portfolio-documents.service';
export { classifyDocument, contentMatchesKind } from './portfolio-documents.file-type';
export { type Base64Upload, decodeBase64Upload } from './portfolio-documents.upload';
