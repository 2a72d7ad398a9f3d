import type { UserDto } from '@vigil/contracts';

export type UserStatus = 'active' | 'locked' | 'inactive';

export function userStatus(user: UserDto, now: Date = new Date()): UserStatus {
  if (!user.isActive) return 'inactive';
  if (user.lockedUntil && new Date(user.lockedUntil) > now) return 'locked';
  return 'active';
}

export const userStatusBadge: Record<UserStatus, { color: string; label: string }> = {
  active: { color: 'green', label: 'Active' },
  locked: { color: 'orange', label: 'Locked' },
  inactive: { color: 'gray', label: 'Deactivated' },
};
