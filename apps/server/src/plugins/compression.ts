import { constants } from 'node:zlib';
import fp from 'fastify-plugin';
import fastifyCompress from '@fastify/compress';

/**
 * Compresses answers for clients that accept it (brotli first, then gzip): API JSON on the fly at a
 * quality that costs little CPU; the client's built files are compressed once at build time at the
 * highest quality and served as they are (the web-client plugin's `preCompressed`), which this hook
 * leaves alone because they already carry a Content-Encoding. Request bodies are never inflated:
 * nothing we accept is sent compressed, and inflating would let a small body grow past the limits.
 */
export const compressionPlugin = fp(
  async (app) => {
    await app.register(fastifyCompress, {
      global: true,
      globalDecompression: false,
      encodings: ['br', 'gzip'],
      threshold: 1024,
      brotliOptions: {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: 4,
        },
      },
      zlibOptions: { level: 6 },
    });
  },
  { name: 'varn-compression' },
);
