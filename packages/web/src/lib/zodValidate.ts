import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';

/**
 * Lets a Mantine form validate with a contract schema, so the browser applies exactly the
 * rules the server does. Issue paths become form paths (`roles.0` stays `roles.0`).
 */
export function zodValidate<Values>(schema: z.ZodType): (values: Values) => FormErrors {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= issue.message;
    }
    return errors;
  };
}
