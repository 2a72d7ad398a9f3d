const fallback = '/';

/** Only same-site paths are followed after sign-in, so `?next=` cannot send users elsewhere. */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return fallback;
  return next.startsWith('/sign-in') ? fallback : next;
}

export function signInPath(returnTo: string): string {
  return returnTo === fallback ? '/sign-in' : `/sign-in?next=${encodeURIComponent(returnTo)}`;
}
