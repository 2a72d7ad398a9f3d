import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPath } from './returnTo';

describe('returning after sign-in', () => {
  it.each([
    ['/audit?action=user.created', '/audit?action=user.created'],
    [null, '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['/sign-in?next=/audit', '/'],
  ])('follows %s to %s', (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });

  it('keeps the intended location in the sign-in address', () => {
    expect(signInPath('/admin/users?q=priya')).toBe('/sign-in?next=%2Fadmin%2Fusers%3Fq%3Dpriya');
    expect(signInPath('/')).toBe('/sign-in');
  });
});
