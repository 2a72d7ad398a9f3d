import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { type Base64Upload, decodeBase64Upload } from './portfolio-documents.upload';

const upload = (contentBase64: string, overrides: Partial<Base64Upload> = {}): Base64Upload => ({
  contentBase64,
  name: 'minutes.pdf',
  maxBytes: 12,
  maxBase64Length: 24,
  path: 'body.documents.0.contentBase64',
  ...overrides,
});

function refusal(input: Base64Upload) {
  try {
    decodeBase64Upload(input);
  } catch (error) {
    if (isDomainError(error))
      return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error('expected the upload to be refused');
}

describe('decoding a base64 upload', () => {
  it('returns the bytes, ignoring line breaks in the text', () => {
    expect(decodeBase64Upload(upload('aGVs\nbG8=')).toString()).toBe('hello');
  });

  it('refuses a file over the limit from the length of its text, naming the file', () => {
    // 16 characters decode to 12 bytes (allowed); 20 decode to 15.
    expect(decodeBase64Upload(upload('A'.repeat(16))).length).toBe(12);
    expect(refusal(upload('A'.repeat(20)))).toMatchObject({
      code: 'payload_too_large',
      message: expect.stringContaining('minutes.pdf is larger than') as string,
    });
    expect(refusal(upload('A'.repeat(28), { maxBytes: 1000 })).code).toBe('payload_too_large');
  });

  it('refuses text that is not base64, pointing at the field', () => {
    expect(refusal(upload('not base64!'))).toEqual({
      code: 'validation_failed',
      message: 'The file content is not base64',
      details: [{ path: 'body.documents.0.contentBase64', message: 'must be base64' }],
    });
    expect(refusal(upload('AAAAA')).code).toBe('validation_failed');
  });

  it('refuses an empty file by name', () => {
    expect(refusal(upload(''))).toMatchObject({
      code: 'validation_failed',
      message: 'minutes.pdf is empty',
      details: [{ path: 'body.documents.0.contentBase64', message: 'must not be empty' }],
    });
  });
});
