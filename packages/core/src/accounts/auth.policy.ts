/** Sign-in and session rules, overridable by configuration. */
export interface AuthPolicy {
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  sessionMaxHours: number;
  /** Failed sign-ins for one email before it is locked. */
  maxFailedLogins: number;
  lockoutMinutes: number;
}

export const defaultAuthPolicy: AuthPolicy = {
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  maxFailedLogins: 5,
  lockoutMinutes: 15,
};
