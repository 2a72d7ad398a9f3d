import type { AuditListQuery, UserListQuery } from '@vigil/contracts';

/** Every query key in one place, so invalidations cannot drift from the queries. */
export const queryKeys = {
  me: ['me'] as const,
  instance: ['instance'] as const,
  users: ['users'] as const,
  userList: (query: Partial<UserListQuery>) => ['users', 'list', query] as const,
  user: (id: string) => ['users', 'detail', id] as const,
  userTokens: (userId: string) => ['users', 'detail', userId, 'tokens'] as const,
  myTokens: ['tokens', 'mine'] as const,
  audit: ['audit'] as const,
  auditList: (query: Partial<AuditListQuery>) => ['audit', 'list', query] as const,
};
