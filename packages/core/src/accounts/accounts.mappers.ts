import {
  type ApiTokenDto,
  type Discipline,
  type Role,
  type UserDto,
  discipline,
  role,
} from '@vigil/contracts';
import { z } from 'zod';
import type { ApiTokensTable, UsersTable } from '../db/schema';

const roleList = z.array(role);
const disciplineList = z.array(discipline);

export function parseRoles(json: string): Role[] {
  return roleList.parse(JSON.parse(json));
}

export function parseDisciplines(json: string): Discipline[] {
  return disciplineList.parse(JSON.parse(json));
}

export function toUserDto(row: UsersTable, lockedUntil: string | null): UserDto {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: parseRoles(row.roles_json),
    disciplines: parseDisciplines(row.disciplines_json),
    isActive: Number(row.is_active) === 1,
    lockedUntil,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

/** The audited view of a user: what an admin may change, never the password hash. */
export function userSnapshot(row: UsersTable): Record<string, unknown> {
  return {
    email: row.email,
    displayName: row.display_name,
    roles: parseRoles(row.roles_json),
    disciplines: parseDisciplines(row.disciplines_json),
    isActive: Number(row.is_active) === 1,
  };
}

export function toApiTokenDto(row: ApiTokensTable): ApiTokenDto {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
