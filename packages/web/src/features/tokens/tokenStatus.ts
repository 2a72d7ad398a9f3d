import type { ApiTokenDto } from '@vigil/contracts';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(token: ApiTokenDto, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt) <= now ? 'expired' : 'active';
}
