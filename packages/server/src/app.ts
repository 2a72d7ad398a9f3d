import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { type VigilCore, DomainError } from '@vigil/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerErrorHandling } from './http/error-handler';
import { registerOpenApi } from './http/openapi';
import { resolvePrincipal } from './http/principal';
import { registerWebApp } from './http/web';
import { registerAuditRoutes } from './routes/audit.routes';
import { registerAuthRoutes } from './routes/auth.routes';
import { registerPortfolioRoutes } from './routes/portfolio.routes';
import { registerPortfolioImportRoutes } from './routes/portfolio-import.routes';
import { registerPortfolioCardRoutes } from './routes/portfolio-cards.routes';
import { registerPortfolioDocumentRoutes } from './routes/portfolio-documents.routes';
import { registerNotificationRoutes } from './routes/notifications.routes';
import { registerGovernanceReviewRoutes } from './routes/governance-review.routes';
import { registerGovernanceAssessmentRoutes } from './routes/governance-assessments.routes';
import { registerGovernanceCommitteeRoutes } from './routes/governance-committee.routes';
import { registerGovernanceIntakeRoutes } from './routes/governance-intake.routes';
import { registerSystemRoutes } from './routes/system.routes';
import { registerTokenRoutes } from './routes/tokens.routes';
import { registerUserRoutes } from './routes/users.routes';

export interface AppOptions {
  core: VigilCore;
  version: string;
  webDistDir?: string | null;
  logLevel?: string;
  secureCookies?: boolean;
  bodyLimitBytes?: number;
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the HTTP app around an opened core; the caller owns listening and closing. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && requestIdPattern.test(incoming)
        ? incoming
        : randomUUID();
    },
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // While shutting down, answers close their connection, so idle keep-alive sockets cannot hold
  // the shutdown open.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
    if (closing) reply.header('connection', 'close');
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its theme variables into a <style> element at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new DomainError(
        'rate_limited',
        `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} seconds`,
      ),
  });
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/v1/'))
      request.principal = await resolvePrincipal(options.core, request);
  });

  await registerOpenApi(app, options.version);
  registerSystemRoutes(app, options.core, options.version);
  registerAuthRoutes(app, options.core, { secureCookies: options.secureCookies ?? false });
  registerUserRoutes(app, options.core);
  registerTokenRoutes(app, options.core);
  registerAuditRoutes(app, options.core);
  registerPortfolioRoutes(app, options.core);
  registerPortfolioImportRoutes(app, options.core);
  registerPortfolioCardRoutes(app, options.core);
  registerPortfolioDocumentRoutes(app, options.core);
  registerNotificationRoutes(app, options.core);
  registerGovernanceReviewRoutes(app, options.core);
  registerGovernanceAssessmentRoutes(app, options.core);
  registerGovernanceCommitteeRoutes(app, options.core);
  registerGovernanceIntakeRoutes(app, options.core);
  await registerWebApp(app, options.webDistDir ?? null);
  return app;
}
