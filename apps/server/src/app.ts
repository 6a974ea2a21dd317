import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LoggerOptions } from 'pino';
import { localeFromAcceptLanguage } from '@varn/contracts';
import type { Config } from './config';
import type { Db } from './db/client';
import type { AppContext, Clock } from './lib/context';
import { validatorCompiler } from './lib/validation';
import { auditRoutes } from './modules/audit';
import { authRoutes } from './modules/auth';
import { directoryRoutes } from './modules/directory';
import { guidelinesRoutes } from './modules/guidelines';
import { healthRoutes } from './modules/health';
import { measuresRoutes } from './modules/measures';
import { meetingsRoutes } from './modules/meetings';
import { trainingRoutes } from './modules/training';
import { incidentsRoutes } from './modules/incidents';
import { riskguideRoutes } from './modules/riskguide';
import { signalsRoutes } from './modules/signals';
import { taxonomyRoutes } from './modules/taxonomy';
import { outboxRoutes } from './modules/mail';
import { organisationsRoutes } from './modules/organisations';
import { partiesRoutes } from './modules/parties';
import { profileRoutes } from './modules/profile';
import { usersRoutes } from './modules/users';
import { registerRoutes } from './modules/register';
import { situationRoutes, type StreamTimings } from './modules/situation';
import { situationExportsRoutes } from './modules/situation';
import type { EventListener } from './events';
import { authPlugin, cookieNames } from './plugins/auth';
import { compressionPlugin } from './plugins/compression';
import { errorPlugin, sendFrameworkError } from './plugins/errors';
import { metricsPlugin } from './plugins/metrics';
import { openapiPlugin } from './plugins/openapi';
import { securityHeadersPlugin } from './plugins/security-headers';
import { webClientPlugin } from './plugins/web-client';
import './plugins/types';

/** A route as registered (HEAD routes, which Fastify adds for every GET, left out). */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  /** Hidden from OpenAPI (metrics, the OpenAPI document itself, Swagger UI's files). */
  readonly hidden: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: readonly RegisteredRoute[];
  }
}

/** What the app is built from; tests pass their own clock and database. */
export interface AppDependencies {
  readonly config: Config;
  readonly db: Db;
  readonly clock?: Clock;
  /** A pino logger (server.ts); tests run without one. */
  readonly logger?: FastifyBaseLogger;
  /**
   * The process's events after commit (server.ts): the live lägesbild streams hang on them.
   * Without it (most tests) the stream answers 503 and pages fall back to reloading.
   */
  readonly events?: EventListener;
  /** The live streams' timings (tests shorten them). */
  readonly streamTimings?: StreamTimings;
}

/** Largest accepted JSON body (bytes). Evidence uploads will get their own, larger limit. */
export const bodyLimitBytes = 256 * 1024;

/** Logger options: JSON (pino) with request ids; headers, bodies and IP addresses are never logged. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: ['req.headers', 'res.headers', '*.password', '*.token', '*.code'], remove: true },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        // The route pattern, not the URL: no ids, tokens or query values in the log.
        route: request.routeOptions.url ?? 'unmatched',
        requestId: request.id,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/**
 * Builds the Fastify app without listening (fastify/demo): server.ts listens, tests use inject.
 * Order matters: errors → headers → auth (session, origin, CSRF) → OpenAPI → routes → client.
 */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    bodyLimit: bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/u.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors: (error, request, reply) => {
      request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
      sendFrameworkError(error, request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();
  // Every registered route, for the route × role access test and the OpenAPI completeness test.
  const registeredRoutes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        registeredRoutes.push({ method, url: route.url, hidden: route.schema?.hide === true });
    }
  });
  app.decorate('registeredRoutes', registeredRoutes);
  // API routes without query parameters refuse any: nothing is silently ignored (e.g. no
  // `?partyId=` that a client might believe filters people by party).
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && route.schema?.hide !== true && !route.schema?.querystring) {
      route.schema = { ...route.schema, querystring: z.strictObject({}) };
    }
    // OpenAPI: what each route needs — nothing, the session cookie, and for changes the CSRF token.
    if (route.schema && route.schema.hide !== true) {
      const methods = [route.method].flat();
      const changes = methods.some((method) => method !== 'GET' && method !== 'HEAD');
      const access = route.config?.access ?? 'user';
      const security =
        access === 'public'
          ? route.config?.csrf === false || !changes
            ? []
            : [{ csrf: [] }]
          : [changes && route.config?.csrf !== false ? { session: [], csrf: [] } : { session: [] }];
      route.schema = { ...route.schema, security };
    }
  });
  // JSON only: a text or form body is answered 415 rather than parsed as a string.
  app.removeContentTypeParser(['text/plain']);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-request-id', request.id);
    return payload;
  });

  const ctx: AppContext = {
    db: deps.db,
    clock: deps.clock ?? (() => new Date()),
    config: deps.config,
  };
  const names = cookieNames(deps.config.publicUrl);

  await app.register(errorPlugin);
  await app.register(compressionPlugin);
  await app.register(securityHeadersPlugin, { https: names.secure });
  await app.register(authPlugin, { ctx, names });
  await app.register(metricsPlugin, { token: deps.config.metricsToken });
  await app.register(openapiPlugin, { version: '0.1.0' });
  await app.register(healthRoutes, { ctx });
  await app.register(authRoutes, { ctx, names });
  await app.register(profileRoutes, { ctx, names });
  await app.register(organisationsRoutes, { ctx });
  await app.register(partiesRoutes, { ctx });
  await app.register(usersRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(outboxRoutes, { ctx });
  await app.register(taxonomyRoutes, { ctx });
  await app.register(incidentsRoutes, { ctx });
  await app.register(signalsRoutes, { ctx });
  await app.register(measuresRoutes, { ctx });
  await app.register(riskguideRoutes, { ctx });
  await app.register(meetingsRoutes, { ctx });
  await app.register(registerRoutes, { ctx });
  await app.register(trainingRoutes, { ctx });
  await app.register(directoryRoutes, { ctx });
  await app.register(guidelinesRoutes, { ctx });
  await app.register(situationRoutes, { ctx, names, events: deps.events, streamTimings: deps.streamTimings });
  await app.register(situationExportsRoutes, { ctx });
  await app.register(webClientPlugin, { dist: deps.config.webDist });
  return app;
}
