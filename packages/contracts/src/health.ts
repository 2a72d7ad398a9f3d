import { z } from 'zod';
import { defineEndpoint } from './endpoint';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponse>;

export const healthEndpoints = {
  get: defineEndpoint({
    method: 'GET',
    path: '/api/v1/health',
    summary: 'Service and database health',
    tag: 'system',
    access: 'public',
    response: healthResponse,
    errors: ['database_unavailable'],
  }),
};
