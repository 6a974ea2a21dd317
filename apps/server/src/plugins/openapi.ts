import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/**
 * OpenAPI 3.1 generated from the routes' zod schemas (the shared contracts), served at
 * `/api/openapi.json`; `/api/docs` leads to the client's API reference page (Swagger UI failed
 * the accessibility rules and our CSP). Must be registered before the routes.
 */
export const openapiPlugin = fp<{ version: string }>(
  async (app, { version }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Värn API',
          version,
          description:
            'API of Värn. JSON under /api. Session cookie from POST /api/auth/login; every state-changing request except the login carries the token from GET /api/auth/csrf in the x-csrf-token header. Errors are { error: { code, message, fields? } } with the message in the language of Accept-Language (sv, en) or of the user.',
        },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: 'varn_session' },
            csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
          },
        },
        security: [{ session: [] }],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    // The readable reference is a page of the web client (accessible, bilingual, under our CSP).
    app.get('/api/docs', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) =>
      reply.redirect('/developers/api', 302),
    );
    app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
      app.swagger(),
    );
  },
  { name: 'varn-openapi' },
);
