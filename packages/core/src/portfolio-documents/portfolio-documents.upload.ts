import { DomainError } from '../errors';

// Every upload of a document (to a system, with an intake, as assessment evidence) arrives as
// base64 text and is decoded by the same rules.

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** A base64 upload and what it is checked against. */
export interface Base64Upload {
  contentBase64: string;
  /** How messages name the file: "The file", or its name. */
  name: string;
  /** The largest decoded size accepted, in bytes. */
  maxBytes: number;
  /** The longest base64 text accepted (the contract's limit). */
  maxBase64Length: number;
  /** Where a validation error points, for example `body.contentBase64`. */
  path: string;
}

/**
 * The bytes of an upload: an oversized file is refused from the length of its text before
 * anything is decoded, then text that is not base64 or decodes to nothing.
 * @throws DomainError payload_too_large, validation_failed
 */
export function decodeBase64Upload(upload: Base64Upload): Buffer {
  const content = upload.contentBase64.replace(/\s+/g, '');
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  const decodedSize = Math.floor((content.length * 3) / 4) - padding;
  if (content.length > upload.maxBase64Length || decodedSize > upload.maxBytes)
    throw new DomainError(
      'payload_too_large',
      `${upload.name} is larger than ${upload.maxBytes / 1024 / 1024} MiB`,
    );
  const invalid = (message: string, detail: string): DomainError =>
    new DomainError('validation_failed', message, {
      details: [{ path: upload.path, message: detail }],
    });
  if (!base64Pattern.test(content) || content.length % 4 === 1)
    throw invalid('The file content is not base64', 'must be base64');
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length === 0) throw invalid(`${upload.name} is empty`, 'must not be empty');
  return bytes;
}
