import { api } from '@vigil/contracts';
import { type VigilCore, getInstanceInfo } from '@vigil/core';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint } from '../http/bind';

export function registerSystemRoutes(app: FastifyInstance, core: VigilCore, version: string): void {
  bindEndpoint(app, api.health.get, async () => {
    await sql`select 1`.execute(core.db);
    return { status: 'ok' as const, database: core.dialect, version };
  });
  bindEndpoint(app, api.instance.get, () => getInstanceInfo(core));
}
