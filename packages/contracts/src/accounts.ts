import { z } from 'zod';
import {
  email,
  id,
  idParams,
  isoTimestamp,
  limits,
  noContent,
  pageQuery,
  paged,
  password,
} from './common';
import { defineEndpoint } from './endpoint';
import { discipline, role } from './roles';

export const userDto = z.object({
  id,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  disciplines: z.array(discipline),
  isActive: z.boolean(),
  lockedUntil: isoTimestamp.nullable(),
  lastLoginAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  version: z.number().int(),
});
export type UserDto = z.infer<typeof userDto>;

const displayName = z.string().trim().min(1, 'must not be empty').max(limits.nameMaxLength);

export const userCreateInput = z
  .object({
    email,
    displayName,
    password,
    roles: z.array(role).min(1, 'needs at least one role'),
    disciplines: z.array(discipline).default([]),
  })
  .strict();
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const userUpdateInput = z
  .object({
    version: z.number().int().describe('The version you read; a stale version gets 409'),
    displayName: displayName.optional(),
    roles: z.array(role).min(1, 'needs at least one role').optional(),
    disciplines: z.array(discipline).optional(),
    isActive: z.boolean().optional(),
  })
  .strict();
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

export const passwordResetInput = z.object({ password }).strict();
export type PasswordResetInput = z.infer<typeof passwordResetInput>;

export const passwordChangeInput = z
  .object({
    currentPassword: z.string().min(1).max(limits.passwordMaxLength),
    newPassword: password,
  })
  .strict();
export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;

export const userListQuery = pageQuery
  .extend({
    q: z.string().trim().max(200).optional(),
    role: role.optional(),
  })
  .strict();
export type UserListQuery = z.infer<typeof userListQuery>;

export const loginInput = z
  .object({ email, password: z.string().min(1, 'is required').max(limits.passwordMaxLength) })
  .strict();
export type LoginInput = z.infer<typeof loginInput>;

export const meResponse = z.object({
  user: userDto,
  permissions: z.array(z.string()),
  csrfToken: z
    .string()
    .nullable()
    .describe(
      'Send as the x-csrf-token header on state-changing requests made with the session cookie',
    ),
  authMethod: z.enum(['session', 'token']),
});
export type MeResponse = z.infer<typeof meResponse>;

export const apiTokenDto = z.object({
  id,
  userId: id,
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to recognise it'),
  createdAt: isoTimestamp,
  expiresAt: isoTimestamp,
  lastUsedAt: isoTimestamp.nullable(),
  revokedAt: isoTimestamp.nullable(),
});
export type ApiTokenDto = z.infer<typeof apiTokenDto>;

export const apiTokenCreateInput = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(limits.tokenNameMaxLength),
    expiresInDays: z.number().int().min(1).max(limits.tokenMaxLifetimeDays).default(90),
  })
  .strict();
export type ApiTokenCreateInput = z.infer<typeof apiTokenCreateInput>;

export const apiTokenCreated = z.object({
  token: apiTokenDto,
  secret: z.string().describe('The bearer token. It is shown once and never again.'),
});
export type ApiTokenCreated = z.infer<typeof apiTokenCreated>;

export const directoryEntry = z.object({ id, displayName: z.string(), email: z.string() });
export type DirectoryEntry = z.infer<typeof directoryEntry>;

export const directoryQuery = z
  .object({ q: z.string().trim().max(200).optional().describe('Part of a name or email') })
  .strict();
export type DirectoryQuery = z.infer<typeof directoryQuery>;

/** The most directory entries one answer holds; narrow with `q` beyond that. */
export const directoryMaxEntries = 1000;

const userIdParams = z.object({ userId: id }).strict();

export const authEndpoints = {
  login: defineEndpoint({
    method: 'POST',
    path: '/api/v1/auth/login',
    summary: 'Sign in with email and password',
    tag: 'auth',
    access: 'public',
    body: loginInput,
    response: meResponse,
    errors: ['validation_failed', 'invalid_credentials', 'rate_limited'],
  }),
  logout: defineEndpoint({
    method: 'POST',
    path: '/api/v1/auth/logout',
    summary: 'End the current session',
    tag: 'auth',
    access: 'authenticated',
    response: noContent,
    successStatus: 204,
    errors: ['unauthenticated', 'csrf_failed'],
  }),
  me: defineEndpoint({
    method: 'GET',
    path: '/api/v1/me',
    summary: 'The signed-in user, their roles and permissions',
    tag: 'auth',
    access: 'authenticated',
    response: meResponse,
    errors: ['unauthenticated'],
  }),
  changePassword: defineEndpoint({
    method: 'POST',
    path: '/api/v1/me/password',
    summary: 'Change your own password',
    tag: 'auth',
    access: 'authenticated',
    body: passwordChangeInput,
    response: noContent,
    successStatus: 204,
    errors: ['validation_failed', 'invalid_credentials', 'unauthenticated', 'csrf_failed'],
  }),
};

export const userEndpoints = {
  directory: defineEndpoint({
    method: 'GET',
    path: '/api/v1/directory/users',
    summary: 'Active colleagues by name and email, to pick owners, reviewers and assignees',
    tag: 'users',
    access: 'authenticated',
    query: directoryQuery,
    response: z.array(directoryEntry),
    errors: ['validation_failed', 'unauthenticated'],
  }),
  list: defineEndpoint({
    method: 'GET',
    path: '/api/v1/users',
    summary: 'List users',
    tag: 'users',
    access: 'users.read',
    query: userListQuery,
    response: paged(userDto),
    errors: ['validation_failed', 'unauthenticated', 'forbidden'],
  }),
  get: defineEndpoint({
    method: 'GET',
    path: '/api/v1/users/:id',
    summary: 'Get a user',
    tag: 'users',
    access: 'users.read',
    params: idParams,
    response: userDto,
    errors: ['unauthenticated', 'forbidden', 'not_found'],
  }),
  create: defineEndpoint({
    method: 'POST',
    path: '/api/v1/users',
    summary: 'Create a user',
    tag: 'users',
    access: 'users.manage',
    body: userCreateInput,
    response: userDto,
    successStatus: 201,
    errors: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'conflict'],
  }),
  update: defineEndpoint({
    method: 'PATCH',
    path: '/api/v1/users/:id',
    summary: 'Change a user’s name, roles or status',
    tag: 'users',
    access: 'users.manage',
    params: idParams,
    body: userUpdateInput,
    response: userDto,
    errors: [
      'validation_failed',
      'unauthenticated',
      'forbidden',
      'csrf_failed',
      'not_found',
      'version_conflict',
      'conflict',
    ],
  }),
  resetPassword: defineEndpoint({
    method: 'POST',
    path: '/api/v1/users/:id/password',
    summary: 'Set a new password for a user and end their sessions',
    tag: 'users',
    access: 'users.manage',
    params: idParams,
    body: passwordResetInput,
    response: noContent,
    successStatus: 204,
    errors: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'not_found'],
  }),
  unlock: defineEndpoint({
    method: 'POST',
    path: '/api/v1/users/:id/unlock',
    summary: 'Lift a sign-in lockout',
    tag: 'users',
    access: 'users.manage',
    params: idParams,
    response: userDto,
    errors: ['unauthenticated', 'forbidden', 'csrf_failed', 'not_found'],
  }),
};

export const tokenEndpoints = {
  listOwn: defineEndpoint({
    method: 'GET',
    path: '/api/v1/tokens',
    summary: 'Your API tokens',
    tag: 'tokens',
    access: 'authenticated',
    response: z.array(apiTokenDto),
    errors: ['unauthenticated'],
  }),
  create: defineEndpoint({
    method: 'POST',
    path: '/api/v1/tokens',
    summary: 'Create an API token for yourself (shown once)',
    tag: 'tokens',
    access: 'authenticated',
    body: apiTokenCreateInput,
    response: apiTokenCreated,
    successStatus: 201,
    errors: ['validation_failed', 'unauthenticated', 'csrf_failed'],
  }),
  revoke: defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/tokens/:id',
    summary: 'Revoke an API token (yours, or any as admin)',
    tag: 'tokens',
    access: 'authenticated',
    params: idParams,
    response: noContent,
    successStatus: 204,
    errors: ['unauthenticated', 'csrf_failed', 'not_found'],
  }),
  listForUser: defineEndpoint({
    method: 'GET',
    path: '/api/v1/users/:userId/tokens',
    summary: 'A user’s API tokens',
    tag: 'tokens',
    access: 'tokens.manage_any',
    params: userIdParams,
    response: z.array(apiTokenDto),
    errors: ['unauthenticated', 'forbidden', 'not_found'],
  }),
};
