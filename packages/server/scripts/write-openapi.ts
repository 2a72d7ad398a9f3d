// `npm run openapi`: regenerates the checked-in packages/server/openapi.json from the contracts.
import { writeFileSync } from 'node:fs';
import { generateOpenApiDocument, openApiDocumentPath } from '../src/openapi-document';

writeFileSync(openApiDocumentPath, await generateOpenApiDocument());
process.stdout.write(`wrote ${openApiDocumentPath.pathname}\n`);
