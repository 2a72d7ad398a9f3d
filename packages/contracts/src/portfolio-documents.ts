import { z } from 'zod';
import { id, isoTimestamp } from './common';
import { artefactDocumentKinds } from './governance-enums';

/** Documents attached to an AI system's record: contracts, validation reports, vendor sheets. */
export const systemDocumentLimits = {
  /** The largest document accepted, decoded. */
  fileMaxBytes: 10 * 1024 * 1024,
  filenameMaxLength: 255,
  descriptionMaxLength: 1000,
} as const;

/** The longest base64 text of a document within the size limit; checked before decoding. */
export const documentContentBase64MaxLength = Math.ceil(systemDocumentLimits.fileMaxBytes / 3) * 4;

/** The request body limit of the upload route: the largest document plus JSON headroom. */
export const documentUploadBodyLimitBytes = documentContentBase64MaxLength + 64 * 1024;

/** The kinds of document accepted; each is checked by file extension and by its first bytes. */
export const documentKinds = [
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'png',
  'jpeg',
  'txt',
  'csv',
  'md',
] as const;
export const documentKind = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKind>;

/** The file extensions (lower case, without the dot) of each kind. */
export const documentExtensions: Record<DocumentKind, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  txt: ['txt'],
  csv: ['csv'],
  md: ['md', 'markdown'],
};

/** The media type each kind is stored and served as. */
export const documentMediaTypes: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
};

const kindByExtension = new Map<string, DocumentKind>(
  documentKinds.flatMap((kind) => documentExtensions[kind].map((ext) => [ext, kind] as const)),
);

/** The kind a file name's extension names, or undefined when it is not an accepted type. */
export function documentKindOf(filename: string): DocumentKind | undefined {
  const dot = filename.lastIndexOf('.');
  if (dot <= 0 || dot === filename.length - 1) return undefined;
  return kindByExtension.get(filename.slice(dot + 1).toLowerCase());
}

/** The `accept` list of a file picker, from the extensions above. */
export const documentAccept = Object.values(documentExtensions)
  .flat()
  .map((e) => `.${e}`)
  .join(',');

function isPlainFilename(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || char === '/' || char === '\\') return false;
  }
  return true;
}

export const documentParams = z.object({ id, documentId: id }).strict();
export type DocumentParams = z.infer<typeof documentParams>;

export const systemDocumentDto = z.object({
  id,
  systemId: id,
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('SHA-256 of the stored bytes, hex'),
  description: z.string().nullable(),
  uploadedById: z.string().nullable(),
  uploadedByLabel: z.string().describe('Who uploaded it, as known at the time'),
  uploadedAt: isoTimestamp,
  artefactKind: z
    .enum(artefactDocumentKinds)
    .nullable()
    .describe('The governance artefact the document is (a local validation report...), if any'),
});
export type SystemDocumentDto = z.infer<typeof systemDocumentDto>;

export const documentUploadInput = z
  .object({
    filename: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(systemDocumentLimits.filenameMaxLength)
      .refine(isPlainFilename, 'must be a file name without folders or control characters')
      .describe(
        `The file name; its extension decides the type: ${Object.values(documentExtensions).flat().join(', ')}`,
      ),
    contentBase64: z
      .string()
      .describe(
        `The file, base64-encoded; at most ${systemDocumentLimits.fileMaxBytes} bytes decoded (413 otherwise). Its first bytes must match the extension`,
      ),
    description: z.string().trim().max(systemDocumentLimits.descriptionMaxLength).optional(),
    artefactKind: z
      .enum(artefactDocumentKinds)
      .optional()
      .describe('Count the document as this governance artefact for the lifecycle gates'),
  })
  .strict();
export type DocumentUploadInput = z.infer<typeof documentUploadInput>;
