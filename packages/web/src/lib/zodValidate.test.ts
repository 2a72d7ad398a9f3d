import { userCreateInput } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { zodValidate } from './zodValidate';

describe('zodValidate', () => {
  const validate = zodValidate(userCreateInput);

  it('returns no errors for valid values', () => {
    expect(
      validate({
        email: 'nia@example-health.org',
        displayName: 'Nia',
        password: 'long-enough-passphrase',
        roles: ['staff'],
        disciplines: [],
      }),
    ).toEqual({});
  });

  it('puts the contract’s messages on the form fields', () => {
    const errors = validate({
      email: 'nia',
      displayName: '',
      password: 'short',
      roles: [],
      disciplines: [],
    });
    expect(errors).toEqual({
      email: 'must be an email address',
      displayName: 'must not be empty',
      password: 'must be at least 12 characters',
      roles: 'needs at least one role',
    });
  });
});
