import { z } from 'zod';

/** Shared limits, used by the server schemas and the web forms alike. */
export const limits = {
  passwordMinLength: 12,
  passwordMaxLength: 256,
  nameMaxLength: 200,
  emailMaxLength: 254,
  tokenNameMaxLength: 100,
  tokenMaxLifetimeDays: 365,
  pageSizeMax: 200,
} as const;

export const id = z.string().uuid();
export const isoTimestamp = z.string().datetime({ offset: true });
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(limits.emailMaxLength)
  .email('must be an email address');
export const password = z
  .string()
  .min(limits.passwordMinLength, `must be at least ${limits.passwordMinLength} characters`)
  .max(limits.passwordMaxLength);

export const idParams = z.object({ id }).strict();

/** Page through a list; `page` is 1-based. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(50),
});

/** A page of results with the total count for pagers. */
export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const noContent = z.undefined();
