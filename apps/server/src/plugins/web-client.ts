import { existsSync } from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { sendRouteNotFound } from './errors';

/**
 * Serves the built web client (apps/web/dist) and answers unknown non-API paths with its
 * index.html, so that client-side routes (/admin/users, …) load on refresh. Hashed assets are
 * cached for a year; index.html never. Text files go out compressed as the build wrote them.
 */
export const webClientPlugin = fp<{ dist: string | undefined }>(
  async (app, { dist }) => {
    const indexFile = dist ? path.join(dist, 'index.html') : undefined;
    const hasClient = indexFile !== undefined && existsSync(indexFile);
    if (hasClient && dist) {
      // The client's files are public; only the API needs a session.
      app.addHook('onRoute', (route) => {
        if (!route.url.startsWith('/api/'))
          route.config = { ...route.config, access: route.config?.access ?? 'public' };
      });
      await app.register(fastifyStatic, {
        root: dist,
        wildcard: false,
        index: false,
        // The build writes a brotli (.br) and a gzip (.gz) copy of every text file next to it.
        preCompressed: true,
        setHeaders: (res, filePath) => {
          res.header(
            'cache-control',
            filePath.includes(`${path.sep}assets${path.sep}`)
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          );
        },
      });
    }
    app.setNotFoundHandler(async (request, reply) => {
      // A client-side route (no file extension) gets the client; a missing file stays a 404.
      const urlPath = request.url.split('?')[0] ?? '';
      const isPage =
        hasClient && request.method === 'GET' && !urlPath.startsWith('/api/') && !/\.\w+$/u.test(urlPath);
      if (isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return sendRouteNotFound(request, reply);
    });
  },
  { name: 'varn-web-client', dependencies: ['varn-errors'] },
);
