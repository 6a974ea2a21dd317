import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Writable } from 'node:stream';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loggerOptions } from '../src/app';
import {
  buildTestApp,
  createOrganisation,
  createTestDatabase,
  createUser,
  Role,
  TestClient,
  testConfig,
  testPassword,
} from './helpers';

/** The HTTP conventions of issue 2 §9 that integrations and later issues rely on. */

const database = await createTestDatabase();
const app = await buildTestApp(database);
let adminEmail: string;

beforeAll(async () => {
  const organisation = await createOrganisation(database);
  adminEmail = (await createUser(database, organisation.id, Role.Admin)).email;
});

async function loggedInAdmin(language = 'sv'): Promise<TestClient> {
  const client = new TestClient(app, language);
  expect((await client.logIn(adminEmail)).statusCode).toBe(200);
  return client;
}

describe('CSRF and origin', () => {
  it('refuses a state-changing request without the token with 403, and nothing changes', async () => {
    const client = await loggedInAdmin();
    const response = await client.request('PATCH', '/api/me', { language: 'en' }, { csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_invalid');
    expect((await client.get('/api/me')).json().language).toBe('sv');
  });

  it("refuses another browser's token", async () => {
    const client = await loggedInAdmin();
    const stranger = new TestClient(app);
    const { token } = (await stranger.get('/api/auth/csrf')).json() as { token: string };
    const response = await client.request(
      'PATCH',
      '/api/me',
      { language: 'en' },
      { csrf: false, headers: { 'x-csrf-token': token } },
    );
    expect(response.statusCode).toBe(403);
  });

  it('refuses a foreign Origin with 403 even with a valid token, also at login', async () => {
    const client = await loggedInAdmin();
    const foreign = await client.request(
      'PATCH',
      '/api/me',
      { language: 'en' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('forbidden_origin');
    expect((await client.get('/api/me')).json().language).toBe('sv');
    const login = await new TestClient(app).request(
      'POST',
      '/api/auth/login',
      { email: adminEmail, password: testPassword },
      { csrf: false, headers: { origin: 'https://evil.example' } },
    );
    expect(login.statusCode).toBe(403);
    const crossSite = await client.request(
      'PATCH',
      '/api/me',
      { language: 'en' },
      { headers: { 'sec-fetch-site': 'cross-site' } },
    );
    expect(crossSite.statusCode).toBe(403);
    // The same origin is fine.
    const same = await client.request(
      'PATCH',
      '/api/me',
      { language: 'sv' },
      { headers: { origin: 'http://localhost:3000' } },
    );
    expect(same.statusCode).toBe(200);
  });

  it('accepts only VARN_PUBLIC_URL as origin when it is set', async () => {
    const strict = await buildTestApp(database, {
      config: testConfig({ VARN_PUBLIC_URL: 'https://varn.kommun.se' }),
    });
    const login = (origin: string) =>
      strict.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json', origin },
        payload: JSON.stringify({ email: adminEmail, password: testPassword }),
      });
    expect((await login('http://localhost:3000')).statusCode).toBe(403);
    expect((await login('https://varn.kommun.se')).statusCode).toBe(200);
  });
});

describe('bad input never yields a 500', () => {
  it.each([
    ['malformed JSON', '{"name": ', 'application/json', 400, 'invalid_json'],
    ['an empty JSON body', '', 'application/json', 400, 'invalid_json'],
    ['a text body', 'name=x', 'text/plain', 415, 'unsupported_media_type'],
    ['a form body', 'name=x', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
  ])('%s', async (_label, payload, contentType, status, code) => {
    const client = await loggedInAdmin();
    const response = await client.request('POST', '/api/parties', payload, {
      headers: { 'content-type': contentType },
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.message).toMatch(/\S/u);
  });

  it('answers 413 to an oversize body', async () => {
    const client = await loggedInAdmin();
    const response = await client.post('/api/parties', { name: 'x'.repeat(300 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toEqual({ code: 'body_too_large', message: 'Begäran är för stor.' });
  });

  it('reports wrong types, missing and unknown fields per field, in the request language', async () => {
    const client = await loggedInAdmin('en');
    await client.patch('/api/me', { language: 'en' });
    const response = await client.post('/api/parties', {
      name: 42,
      councilSeats: '3',
      colour: '#12',
      extra: true,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'validation_failed',
      message: 'The details could not be saved. Correct the marked fields.',
      fields: {
        name: 'The value has the wrong type.',
        abbreviation: 'This field is required.',
        councilSeats: 'The value has the wrong type.',
        colour: 'Enter the colour as a hex code, for example #1f5c6b.',
        extra: 'Unknown field.',
      },
    });
    await client.patch('/api/me', { language: 'sv' });
  });

  it.each([
    ['GET', '/api/users/not-a-uuid'],
    ['GET', '/api/audit-events?limit=abc'],
    ['GET', '/api/audit-events?limit=100000'],
    ['GET', '/api/audit-events?unknown=1'],
    ['GET', '/api/audit-events?from=yesterday'],
    ['PATCH', '/api/parties/%E0%A4%A'],
  ])('%s %s → 400', async (method, url) => {
    const client = await loggedInAdmin();
    const response = await client.request(method as 'GET', url, method === 'GET' ? undefined : { name: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toMatch(/^(validation_failed|bad_request)$/u);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'route_not_found', message: 'The address does not exist.' },
    });
  });
});

describe('headers', () => {
  it('sends a strict CSP without inline scripts, frame-ancestors none, nosniff, a referrer policy and a request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-request-id']).toMatch(/^[\w-]{8,}$/u);
  });
});

describe('operations endpoints', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ok' });
  });

  it('protects /metrics with METRICS_TOKEN when set', async () => {
    const protectedApp = await buildTestApp(database, {
      config: testConfig({ METRICS_TOKEN: 'a-long-metrics-token-1234' }),
    });
    expect((await protectedApp.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await protectedApp.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
    await protectedApp.inject({ method: 'GET', url: '/healthz' });
    const metrics = await protectedApp.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer a-long-metrics-token-1234' },
    });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain('varn_http_request_duration_seconds_bucket{');
    expect(metrics.body).toContain('route="/healthz"');
  });

  it('documents every API route in OpenAPI 3.1, and leads /api/docs to the reference page', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/gu, ':$1')}`),
    );
    const expected = app.registeredRoutes
      .filter((route) => !route.hidden)
      .map((route) => `${route.method} ${route.url}`);
    expect(documented.sort()).toEqual(expected.sort());
    expect(document.paths['/api/auth/login']?.post?.responses).toHaveProperty('200');
    const docs = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(302);
    expect(docs.headers.location).toBe('/developers/api');
  });
});

describe('the web client', () => {
  it('serves index.html for client routes, hashed assets with a long cache, and 404 for a missing file', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'varn-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(
      path.join(dist, 'index.html'),
      '<!doctype html><html lang="sv"><title>Värn</title></html>',
    );
    await writeFile(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    const withClient = await buildTestApp(database, { config: { ...testConfig(), webDist: dist } });
    const page = await withClient.inject({ method: 'GET', url: '/admin/users?x=1' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const asset = await withClient.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await withClient.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
    expect((await withClient.inject({ method: 'GET', url: '/api/missing' })).json().error.code).toBe(
      'route_not_found',
    );
    await rm(dist, { recursive: true, force: true });
  });

  it("sends the build's brotli or gzip copy of a file to a browser that accepts it, and compresses API answers", async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'varn-dist-'));
    await mkdir(path.join(dist, 'assets'));
    const script = `console.log(${JSON.stringify('Värn '.repeat(400))});`;
    await writeFile(
      path.join(dist, 'index.html'),
      '<!doctype html><html lang="sv"><title>Värn</title></html>',
    );
    await writeFile(path.join(dist, 'assets', 'app-1234.js'), script);
    await writeFile(path.join(dist, 'assets', 'app-1234.js.br'), brotliCompressSync(script));
    await writeFile(path.join(dist, 'assets', 'app-1234.js.gz'), gzipSync(script));
    const withClient = await buildTestApp(database, { config: { ...testConfig(), webDist: dist } });
    const get = (url: string, encoding: string | undefined) =>
      withClient.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

    const brotli = await get('/assets/app-1234.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);
    const gzip = await get('/assets/app-1234.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/app-1234.js', undefined);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);

    // An API answer above 1 KB (the OpenAPI document) goes out compressed; a small one as it is.
    const api = await get('/api/openapi.json', 'br');
    expect(api.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(api.rawPayload).toString()).openapi).toMatch(/^3\./u);
    expect((await get('/healthz', 'br')).headers['content-encoding']).toBeUndefined();
    // A compressed request body is not inflated: it is refused like any other bad body.
    const compressedBody = await withClient.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ email: 'a@example.se', password: 'x' })),
    });
    expect(compressedBody.statusCode).toBeGreaterThanOrEqual(400);
    expect(compressedBody.statusCode).toBeLessThan(500);
    await rm(dist, { recursive: true, force: true });
  });
});

describe('logs', () => {
  it('never contain passwords, tokens, cookies, e-mail addresses or IP addresses', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logged = await buildApp({
      config: testConfig(),
      db: database.db,
      logger: pino({ ...loggerOptions('trace') }, sink),
    });
    const login = await logged.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'user-agent': 'test-agent' },
      payload: JSON.stringify({ email: adminEmail, password: testPassword }),
    });
    const cookie = login.cookies.find((c) => c.name === 'varn_session')?.value ?? 'missing';
    await logged.inject({ method: 'GET', url: '/api/me', headers: { cookie: `varn_session=${cookie}` } });
    await logged.inject({
      method: 'GET',
      url: '/api/users/00000000-0000-4000-8000-000000000000?x=secret-query',
      headers: { cookie: `varn_session=${cookie}` },
    });
    await logged.close();
    const output = lines.join('');
    expect(output).toContain('"route":"/api/auth/login"');
    for (const secret of [testPassword, cookie, adminEmail, '127.0.0.1', 'secret-query', 'test-agent'])
      expect(output).not.toContain(secret);
  });
});
