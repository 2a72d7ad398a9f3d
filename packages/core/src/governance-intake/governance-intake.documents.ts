import { createHash } from 'node:crypto';
import {
  type IntakeDocumentInput,
  documentContentBase64MaxLength,
  systemDocumentLimits,
} from '@vigil/contracts';
import { DomainError, isDomainError } from '../errors';
import { classifyDocument } from '../portfolio-documents/portfolio-documents.file-type';

// Intake documents follow the portfolio's rules: size limit checked before decoding, type checked
// by extension and by content, so nothing stored can be served as active content.

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** A checked upload, ready to store. */
export interface CheckedDocument {
  filename: string;
  mediaType: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * Decodes and checks one uploaded document; errors name its fields under `path` (for example
 * `body.documents.1`).
 * @throws DomainError payload_too_large, validation_failed
 */
export function checkDocument(input: IntakeDocumentInput, path: string): CheckedDocument {
  const content = input.contentBase64.replace(/\s+/g, '');
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  if (
    content.length > documentContentBase64MaxLength ||
    Math.floor((content.length * 3) / 4) - padding > systemDocumentLimits.fileMaxBytes
  ) {
    throw new DomainError(
      'payload_too_large',
      `${input.filename} is larger than ${systemDocumentLimits.fileMaxBytes / 1024 / 1024} MiB`,
    );
  }
  const invalid = (message: string, detail: string) =>
    new DomainError('validation_failed', message, {
      details: [{ path: `${path}.contentBase64`, message: detail }],
    });
  if (!base64Pattern.test(content) || content.length % 4 === 1)
    throw invalid('The file content is not base64', 'must be base64');
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length === 0) throw invalid(`${input.filename} is empty`, 'must not be empty');
  try {
    const { mediaType } = classifyDocument(input.filename, bytes);
    return {
      filename: input.filename,
      mediaType,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new DomainError(error.code, error.message, {
      details: (error.details ?? []).map((d) => ({
        ...d,
        path: d.path.replace(/^body/, path),
      })),
    });
  }
}
