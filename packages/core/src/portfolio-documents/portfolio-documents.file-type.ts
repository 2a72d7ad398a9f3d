import {
  type DocumentKind,
  documentAccept,
  documentKindOf,
  documentMediaTypes,
} from '@vigil/contracts';
import { DomainError } from '../errors';

// A document's type is decided twice: by its file extension, and by its first bytes, which must
// be what that extension promises. Anything else (an HTML page named report.pdf, a script named
// notes.txt) is refused, so nothing stored can be served as active content.

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const jpegSignature = Buffer.from([0xff, 0xd8, 0xff]);
const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const pdfSignature = Buffer.from('%PDF-', 'latin1');

/** The folder every Office Open XML package of a kind holds; entry names are stored uncompressed. */
const ooxmlFolders: Partial<Record<DocumentKind, string>> = {
  docx: 'word/',
  xlsx: 'xl/',
  pptx: 'ppt/',
};

/** Markup a browser would render, refused at the start of a text document. */
const markupStart =
  /^\s*<(!doctype\s|html[\s>]|head[\s>]|body[\s>]|script[\s>]|svg[\s>]|iframe[\s>]|\?xml\s)/i;

/** True when the bytes are what a file of the kind must start with (or, for text, consist of). */
export function contentMatchesKind(kind: DocumentKind, bytes: Buffer): boolean {
  switch (kind) {
    case 'pdf':
      return startsWith(bytes, pdfSignature);
    case 'png':
      return startsWith(bytes, pngSignature);
    case 'jpeg':
      return startsWith(bytes, jpegSignature);
    case 'docx':
    case 'xlsx':
    case 'pptx':
      return (
        startsWith(bytes, zipSignature) &&
        bytes.includes('[Content_Types].xml', 0, 'latin1') &&
        bytes.includes(ooxmlFolders[kind] ?? '', 0, 'latin1')
      );
    case 'txt':
    case 'csv':
    case 'md':
      return isPlainText(bytes);
  }
}

/**
 * The kind and media type of an uploaded document.
 * @throws DomainError validation_failed naming body.filename (type not accepted) or
 * body.contentBase64 (the bytes are not what the extension says)
 */
export function classifyDocument(
  filename: string,
  bytes: Buffer,
): { kind: DocumentKind; mediaType: string } {
  const kind = documentKindOf(filename);
  if (!kind) {
    const accepted = documentAccept.split(',').join(', ');
    throw new DomainError('validation_failed', `This type of file cannot be attached`, {
      details: [{ path: 'body.filename', message: `must end in one of ${accepted}` }],
    });
  }
  if (!contentMatchesKind(kind, bytes)) {
    throw new DomainError(
      'validation_failed',
      `The file’s content is not a ${kind.toUpperCase()} file, whatever its name says`,
      {
        details: [{ path: 'body.contentBase64', message: `is not the content of a .${kind} file` }],
      },
    );
  }
  return { kind, mediaType: documentMediaTypes[kind] };
}

function startsWith(bytes: Buffer, signature: Buffer): boolean {
  return bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);
}

/** UTF-8 text without NUL bytes that does not open with HTML, SVG or XML markup. */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !markupStart.test(text.slice(0, 1024));
}
