import { z } from 'zod';
import { defineEndpoint } from './endpoint';
import { role } from './roles';

export const instanceInfo = z.object({
  institutionName: z.string(),
  demo: z
    .object({
      password: z.string(),
      accounts: z.array(
        z.object({ email: z.string(), displayName: z.string(), roles: z.array(role) }),
      ),
    })
    .nullable()
    .describe('Sign-in details of the demo institution; null unless the instance runs the demo'),
});
export type InstanceInfo = z.infer<typeof instanceInfo>;

export const instanceEndpoints = {
  get: defineEndpoint({
    method: 'GET',
    path: '/api/v1/instance',
    summary: 'The institution this Vigil serves, and demo sign-in details when it runs the demo',
    tag: 'system',
    access: 'public',
    response: instanceInfo,
    errors: [],
  }),
};
