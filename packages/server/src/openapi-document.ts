import { openVigilCore } from '@vigil/core';
import { buildApp } from './app';
import { vigilVersion } from './version';

/** The OpenAPI document as the server publishes it, built on a throwaway in-memory database. */
export async function generateOpenApiDocument(): Promise<string> {
  const core = await openVigilCore({ dialect: 'sqlite', file: ':memory:' });
  const app = await buildApp({ core, version: vigilVersion, logLevel: 'silent', webDistDir: null });
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
    await core.close();
  }
}

export const openApiDocumentPath = new URL('../openapi.json', import.meta.url);
