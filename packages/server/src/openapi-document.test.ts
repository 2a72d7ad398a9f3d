import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument, openApiDocumentPath } from './openapi-document';

describe('the checked-in OpenAPI document', () => {
  it('matches what the contracts generate (run `npm run openapi` after changing a contract)', async () => {
    expect(readFileSync(openApiDocumentPath, 'utf8')).toBe(await generateOpenApiDocument());
  });
});
