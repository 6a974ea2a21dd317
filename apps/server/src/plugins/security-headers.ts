import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/**
 * Security headers (issue 2 §9): a strict Content-Security-Policy without inline scripts,
 * `frame-ancestors 'none'`, nosniff, a referrer policy that never leaks paths to other sites,
 * and HSTS when served over HTTPS.
 */
export const securityHeadersPlugin = fp<{ https: boolean }>(
  async (app, { https }) => {
    await app.register(helmet, {
      global: true,
      enableCSPNonces: false,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
    });
    app.addHook('onSend', async (request, reply, payload) => {
      // API answers are personal and change: never cache them in shared caches.
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
        void reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'varn-security-headers' },
);
