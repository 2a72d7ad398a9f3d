import type { Role } from '@vigil/contracts';
import type { DialectName } from '@vigil/core';
import { type TestCore, createTestCore, makeUser, testPassword } from '@vigil/test-support';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export interface TestApp {
  core: TestCore;
  app: FastifyInstance;
  signIn(email: string, password?: string): Promise<SignedIn>;
  /** Creates a user with the roles and signs them in. */
  signInAs(roles: Role[]): Promise<SignedIn>;
  /** A request made with a signed-in session, CSRF header included. */
  as(session: SignedIn, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The HTTP app over a fresh database of the dialect, driven in-process with inject(). */
export async function createTestApp(
  dialect: DialectName,
  options: Parameters<typeof createTestCore>[1] = {},
): Promise<TestApp> {
  const core = await createTestCore(dialect, options);
  const app = await buildApp({ core, version: 'test', logLevel: 'silent', webDistDir: null });
  const signIn = async (email: string, password = testPassword): Promise<SignedIn> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
    });
    if (response.statusCode !== 200)
      throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'vigil_session');
    const body = response.json<{ csrfToken: string; user: { id: string } }>();
    if (!cookie) throw new Error('no session cookie set');
    return {
      cookie: `vigil_session=${cookie.value}`,
      csrfToken: body.csrfToken,
      userId: body.user.id,
    };
  };
  return {
    core,
    app,
    signIn,
    signInAs: async (roles) => {
      const user = await makeUser(core, { roles });
      return signIn(user.email);
    },
    as: (session, options) =>
      app.inject({
        ...options,
        headers: { ...options.headers, cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      }),
    close: async () => {
      await app.close();
      await core.close();
    },
  };
}
