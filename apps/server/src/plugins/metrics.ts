import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { AppError } from '../lib/errors';

/**
 * Prometheus metrics at `/metrics`: process metrics and a request-duration histogram by route
 * pattern (never by concrete URL, so no ids or personal data end up in labels). With
 * METRICS_TOKEN set, a `Authorization: Bearer <token>` header is required.
 */
export const metricsPlugin = fp<{ token: string | undefined }>(
  async (app, { token }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'varn_' });
    const duration = new Histogram({
      name: 'varn_http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });

    app.addHook('onResponse', async (request, reply) => {
      duration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
    });

    const expected = token ? Buffer.from(`Bearer ${token}`) : null;
    app.get('/metrics', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
      if (expected) {
        const given = Buffer.from(request.headers.authorization ?? '');
        if (given.length !== expected.length || !timingSafeEqual(given, expected))
          throw new AppError('unauthenticated');
      }
      return reply.type(registry.contentType).send(await registry.metrics());
    });
  },
  { name: 'varn-metrics' },
);
