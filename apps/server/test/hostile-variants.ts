import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import {
  errorBodySchema,
  errorMessagesEn,
  errorMessagesSv,
  fieldMessages,
  isErrorCode,
} from '@varn/contracts';
import { testPng } from './helpers';

/**
 * Hostile variants of a route's valid request, derived from its OpenAPI operation (the document
 * the app serves, generated from the zod contracts): path parameters, query, headers, JSON body
 * and multipart upload. Used by hostile-input.test.ts.
 */

// — The OpenAPI document —

/** The parts of JSON Schema (as generated from the zod contracts) the variants are derived from. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
}

export interface Parameter {
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly name: string;
  readonly required?: boolean;
  readonly schema: JsonSchema;
}

export interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema: JsonSchema }>> };
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, JsonSchema>> };
}

/** A documented route as `METHOD /path/:param`, with its operation. */
export interface DocumentedRoute {
  readonly key: string;
  readonly operation: Operation;
}

export function documentedRoutes(document: OpenApiDocument): DocumentedRoute[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/gu, ':$1')}`,
      operation,
    })),
  );
}

/** The JSON schema of a route's JSON body, if it takes one. */
export const jsonBodySchema = (operation: Operation): JsonSchema | undefined =>
  operation.requestBody?.content['application/json']?.schema;

type Schemas = OpenApiDocument['components']['schemas'];

function resolved(schema: JsonSchema, schemas: Schemas): JsonSchema {
  if (!schema.$ref) return schema;
  const target = schemas[schema.$ref.replace('#/components/schemas/', '')];
  if (!target) throw new Error(`unresolved ${schema.$ref}`);
  return resolved(target, schemas);
}

type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';
const everyType: readonly JsonType[] = ['string', 'number', 'boolean', 'object', 'array', 'null'];

/** The JSON types a schema admits (integers count as numbers); every type for an open schema. */
function jsonTypes(schema: JsonSchema, schemas: Schemas): Set<JsonType> {
  const s = resolved(schema, schemas);
  const alternatives = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
  if (alternatives.length > 0) return new Set(alternatives.flatMap((part) => [...jsonTypes(part, schemas)]));
  const named = [s.type ?? []].flat().map((type) => (type === 'integer' ? 'number' : type));
  const valued = [...(s.enum ?? []), ...('const' in s ? [s.const] : [])].map((value) =>
    value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value,
  );
  const types = [...named, ...valued].filter((type): type is JsonType =>
    (everyType as readonly string[]).includes(type),
  );
  return new Set(types.length > 0 ? types : everyType);
}

/** The longest string a schema admits (undefined: no limit). */
function stringMaxLength(schema: JsonSchema, schemas: Schemas): number | undefined {
  const s = resolved(schema, schemas);
  const alternatives = [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  if (alternatives.length === 0) return s.maxLength;
  const limits = alternatives
    .filter((part) => jsonTypes(part, schemas).has('string'))
    .map((part) => stringMaxLength(part, schemas));
  return limits.includes(undefined) ? undefined : Math.max(...limits.map(Number));
}

// — Requests and variants —

/** A request body: JSON text, other bytes with their content type, or none. */
export type Payload =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly text: string }
  | { readonly kind: 'raw'; readonly content: Buffer | string; readonly contentType: string };

/** A request before sending: path parameters and query values already percent-encoded. */
export interface HostileRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: readonly (readonly [string, string])[];
  readonly headers: Readonly<Record<string, string>>;
  readonly payload: Payload;
}

/** What a variant must get, besides what every answer must be (see {@link expectHarmless}). */
export interface Expected {
  /** Allowed statuses; empty: any 4xx. */
  readonly statuses: readonly number[];
  /** Allowed error codes; undefined: any. */
  readonly codes?: readonly string[];
}

export interface Variant {
  readonly name: string;
  readonly expected: Expected;
  /** Breaks one thing of the route's valid request; `valid` is its valid JSON body, if any. */
  readonly build: (request: HostileRequest, valid: Readonly<Record<string, unknown>>) => HostileRequest;
}

const validationFailed: Expected = { statuses: [400], codes: ['validation_failed'] };
const badRequest: Expected = { statuses: [400], codes: ['bad_request'] };
const anyClientError: Expected = { statuses: [] };

export const json = (value: unknown): Payload => ({ kind: 'json', text: JSON.stringify(value) });

/** A multipart/form-data body; `close: false` leaves out the closing boundary. */
export function multipart(
  parts: readonly { name: string; filename?: string; type?: string; content: Buffer | string }[],
  close = true,
): Payload {
  const boundary = `----hostile${randomUUID().replaceAll('-', '')}`;
  const chunks = parts.flatMap((part) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"` +
        (part.filename === undefined ? '' : `; filename="${part.filename}"`) +
        `\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`,
    ),
    Buffer.from(part.content),
    Buffer.from('\r\n'),
  ]);
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    kind: 'raw',
    content: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** The test PNG as the `file` part of an upload. */
export const pngFile = () => ({
  name: 'file',
  filename: 'skärmbild.png',
  type: 'image/png',
  content: testPng(),
});

/** `{ a: { a: … } }`, `depth` levels deep. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

const withNul = 'a\u0000b';
const withLoneSurrogate = 'a\ud800b';

function pathVariants(parameters: readonly Parameter[], schemas: Schemas): Variant[] {
  return parameters.flatMap((parameter) => {
    const schema = resolved(parameter.schema, schemas);
    // A uuid or a fixed list: anything else is refused before the handler. A free string (a
    // list entry's code) reaches the handler, which answers as it sees fit — but 4xx.
    const checked = schema.format === 'uuid' || schema.enum !== undefined;
    const refused = checked ? validationFailed : anyClientError;
    const junk: [string, string, Expected][] = [
      ['not a uuid', 'not-a-uuid', refused],
      // Longer than the router's parameter limit: refused before any route is chosen.
      ['5 000 characters', 'x'.repeat(5000), badRequest],
      ['NUL, percent-encoded', '%00', validationFailed],
      ['../../etc/passwd, percent-encoded', encodeURIComponent('../../etc/passwd'), refused],
      ["SQL: ' or 1=1--", encodeURIComponent("' or 1=1--"), refused],
      ['invalid UTF-8 (an encoded surrogate)', '%ED%A0%80', badRequest],
    ];
    if (schema.format === 'uuid')
      junk.push(['a uuid of nothing', randomUUID(), { statuses: [404], codes: ['not_found'] }]);
    return junk.map(([name, value, expected]) => ({
      name: `path ${parameter.name}: ${name}`,
      expected,
      build: (request) => ({ ...request, params: { ...request.params, [parameter.name]: value } }),
    }));
  });
}

/** A valid value of a query parameter (percent-encoded). */
function sampleQueryValue(parameter: Parameter, schemas: Schemas): string {
  const schema = resolved(parameter.schema, schemas);
  if (schema.enum?.[0] !== undefined) return encodeURIComponent(String(schema.enum[0]));
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'date-time')
    return encodeURIComponent(
      parameter.name === 'to' ? '2027-01-01T00:00:00.000Z' : '2026-01-01T00:00:00.000Z',
    );
  if (jsonTypes(schema, schemas).has('number')) return String(schema.minimum ?? 1);
  return 'abc';
}

/** The required query parameters of a route, with valid values. */
export function requiredQuery(document: OpenApiDocument, operation: Operation): [string, string][] {
  return (operation.parameters ?? [])
    .filter((parameter) => parameter.in === 'query' && parameter.required)
    .map((parameter) => [parameter.name, sampleQueryValue(parameter, document.components.schemas)]);
}

function queryVariants(parameters: readonly Parameter[], schemas: Schemas): Variant[] {
  const withQuery =
    (without: string | undefined, ...pairs: (readonly [string, string])[]) =>
    (request: HostileRequest): HostileRequest => ({
      ...request,
      query: [...request.query.filter(([key]) => key !== without), ...pairs],
    });
  const variants: Variant[] = [
    {
      name: 'query: an unknown parameter',
      expected: validationFailed,
      build: withQuery(undefined, ['hostile', '1']),
    },
    {
      name: 'query: a parameter named __proto__',
      expected: validationFailed,
      build: withQuery(undefined, ['__proto__', 'x']),
    },
  ];
  for (const parameter of parameters) {
    const schema = resolved(parameter.schema, schemas);
    const numeric = jsonTypes(schema, schemas).has('number');
    const sample = sampleQueryValue(parameter, schemas);
    const wrong: [string, (readonly [string, string])[]][] = [];
    const one = (value: string): (readonly [string, string])[] => [[parameter.name, value]];
    if (numeric)
      wrong.push(
        ['not a number', one('abc')],
        ['a fraction', one('1.5')],
        ['a huge number', one('9'.repeat(400))],
      );
    else if (schema.enum) wrong.push(['not one of the options', one('bogus')]);
    else if (schema.format === 'uuid') wrong.push(['not a uuid', one('not-a-uuid')]);
    else if (schema.format === 'date-time') wrong.push(['not a time', one('yesterday')]);
    if (!numeric) wrong.push(['5 000 characters', one('x'.repeat(5000))], ['NUL', one('%00')]);
    // A free-text parameter keeps an undecodable escape as it is (fast-querystring): plain text.
    if (schema.enum || schema.format) wrong.push(['invalid UTF-8', one('%ED%A0%80')]);
    wrong.push(['given twice', [...one(sample), ...one(sample)]]);
    for (const [name, pairs] of wrong)
      variants.push({
        name: `query ${parameter.name}: ${name}`,
        expected: validationFailed,
        build: withQuery(parameter.name, ...pairs),
      });
  }
  return variants;
}

function headerVariants(parameters: readonly Parameter[]): Variant[] {
  const junk = [
    ['too short', 'abc'],
    ['5 000 characters', 'x'.repeat(5000)],
    ["SQL: ' or 1=1--", "' or 1=1--"],
  ] as const;
  return parameters.flatMap((parameter) =>
    junk.map(([name, value]) => ({
      name: `header ${parameter.name}: ${name}`,
      expected: validationFailed,
      build: (request: HostileRequest) => ({
        ...request,
        headers: { ...request.headers, [parameter.name]: value },
      }),
    })),
  );
}

/** Wrong values of one property: each sent where the property's type does not admit it. */
const propertyJunk: readonly {
  readonly name: string;
  readonly value: unknown;
  readonly type: JsonType;
  /** Also sent where the type is admitted (an out-of-range value of the right type). */
  readonly evenIfAdmitted?: (schema: JsonSchema, schemas: Schemas) => boolean;
  readonly expected?: Expected;
}[] = [
  { name: 'an object', value: { hostile: true }, type: 'object' },
  { name: 'an array', value: ['hostile', 1, null], type: 'array' },
  {
    name: 'a 100 000-character string',
    value: 'x'.repeat(100_000),
    type: 'string',
    evenIfAdmitted: (schema, schemas) => (stringMaxLength(schema, schemas) ?? Infinity) < 100_000,
    // A large body may already be refused for its size.
    expected: { statuses: [400, 413], codes: ['validation_failed', 'body_too_large'] },
  },
  { name: 'a negative huge number (-1e308)', value: -1e308, type: 'number', evenIfAdmitted: () => true },
  { name: 'true', value: true, type: 'boolean' },
];

/** Paths of the string leaves below the top level of a value. */
function nestedStringLeaves(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return path.length > 1 ? [[...path]] : [];
  if (Array.isArray(value))
    return value.flatMap((item: unknown, index) => nestedStringLeaves(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => nestedStringLeaves(item, [...path, key]));
  return [];
}

/** A copy of `value` with the leaf at `path` replaced. */
function withLeaf(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item: unknown, index) => (index === head ? withLeaf(item, rest, replacement) : item));
  if (value && typeof value === 'object') {
    const record = Object.fromEntries(Object.entries(value));
    return { ...record, [head]: withLeaf(record[String(head)], rest, replacement) };
  }
  return value;
}

/** At most `count` items, evenly spread (deterministic). */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from(
    { length: count },
    (_, index) => items[Math.floor((index * items.length) / count)],
  ).filter((item): item is T => item !== undefined);
}

function bodyVariants(schema: JsonSchema, schemas: Schemas, validBody: Readonly<Record<string, unknown>>) {
  const body = resolved(schema, schemas);
  const whole = (
    name: string,
    payload: (valid: Readonly<Record<string, unknown>>) => Payload,
    expected = validationFailed,
  ): Variant => ({
    name: `body: ${name}`,
    expected,
    build: (request, valid) => ({ ...request, payload: payload(valid) }),
  });
  /** The valid body with one raw JSON member put first. */
  const withRawMember =
    (member: string) =>
    (valid: Readonly<Record<string, unknown>>): Payload => {
      const rest = JSON.stringify(valid).slice(1);
      return { kind: 'json', text: `{${member}${rest === '}' ? '' : ','}${rest}` };
    };
  // Fastify's JSON parser refuses prototype poisoning outright.
  const poisoned: Expected = { statuses: [400], codes: ['invalid_json'] };
  const variants: Variant[] = [
    whole('null', () => json(null)),
    whole('an array', () => json([])),
    whole('a string', () => json('hostile')),
    whole('a number', () => json(42)),
    whole('an unknown extra field', (valid) => json({ ...valid, hostileExtra: 'x' })),
    whole('nested 200 deep', () => json(nested(200))),
    whole('arrays nested 100 000 deep', () => ({
      kind: 'json',
      text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    })),
    whole('a __proto__ member', withRawMember('"__proto__":{"polluted":true}'), poisoned),
    whole(
      'a constructor.prototype member',
      withRawMember('"constructor":{"prototype":{"polluted":true}}'),
      poisoned,
    ),
  ];
  if ((body.required ?? []).length > 0) variants.push(whole('{} (required fields missing)', () => json({})));
  for (const [property, propertySchema] of Object.entries(body.properties ?? {})) {
    const admitted = jsonTypes(propertySchema, schemas);
    const values = propertyJunk
      .filter((junk) => !admitted.has(junk.type) || junk.evenIfAdmitted?.(propertySchema, schemas) === true)
      .map((junk) => ({ name: junk.name, value: junk.value, expected: junk.expected ?? validationFailed }));
    values.push({ name: 'nested 200 deep', value: nested(200), expected: validationFailed });
    if (admitted.has('string'))
      values.push(
        { name: 'text with NUL', value: withNul, expected: validationFailed },
        { name: 'text with a lone surrogate', value: withLoneSurrogate, expected: validationFailed },
      );
    for (const { name, value, expected } of values)
      variants.push({
        name: `body.${property}: ${name}`,
        expected,
        build: (request, valid) => ({ ...request, payload: json({ ...valid, [property]: value }) }),
      });
  }
  // Texts below the top level (rows of a screening, a template's statements): a sample of them.
  for (const leaf of spread(nestedStringLeaves(validBody), 12))
    for (const [name, text] of [
      ['text with NUL', withNul],
      ['text with a lone surrogate', withLoneSurrogate],
    ] as const)
      variants.push({
        name: `body.${leaf.join('.')}: ${name}`,
        expected: validationFailed,
        build: (request, valid) => ({ ...request, payload: json(withLeaf(valid, leaf, text)) }),
      });
  return variants;
}

function multipartVariants(): Variant[] {
  const upload = (name: string, payload: () => Payload, expected: Expected): Variant => ({
    name: `upload: ${name}`,
    expected,
    build: (request) => ({ ...request, payload: payload() }),
  });
  const notMultipart: Expected = { statuses: [415], codes: ['unsupported_media_type'] };
  const typeRefused: Expected = { statuses: [415], codes: ['file_type_not_allowed'] };
  return [
    upload('a JSON body', () => json({ file: 'skärmbild.png' }), notMultipart),
    upload('JSON null', () => json(null), notMultipart),
    upload(
      'a text field and no file',
      () => multipart([{ name: 'note', content: 'ingen fil' }]),
      validationFailed,
    ),
    upload('no parts at all', () => multipart([]), validationFailed),
    upload('cut off before its end', () => multipart([pngFile()], false), badRequest),
    upload(
      'no boundary in the content type',
      () => ({ kind: 'raw', content: 'hostile', contentType: 'multipart/form-data' }),
      badRequest,
    ),
    upload(
      'a boundary and nothing else',
      () => ({ kind: 'raw', content: '--x\r\n\r\n', contentType: 'multipart/form-data; boundary=x' }),
      badRequest,
    ),
    upload(
      'more parts than allowed',
      () =>
        multipart([...Array.from({ length: 8 }, (_, n) => ({ name: `field${n}`, content: 'x' })), pngFile()]),
      badRequest,
    ),
    upload(
      'a Windows program',
      () =>
        multipart([{ name: 'file', filename: 'faktura.pdf.exe', content: Buffer.from('MZ\x90\x00hostile') }]),
      typeRefused,
    ),
    upload(
      'an empty file',
      () => multipart([{ name: 'file', filename: 'tom.png', content: '' }]),
      typeRefused,
    ),
  ];
}

/**
 * Every variant of a documented route. Query variants only under /api (where unknown query
 * parameters are refused); multipart variants for an upload route; body variants for a JSON
 * body, built around `validBody`.
 */
export function variantsOf(
  document: OpenApiDocument,
  route: DocumentedRoute,
  options: { readonly multipart: boolean; readonly validBody: Readonly<Record<string, unknown>> | undefined },
): Variant[] {
  const schemas = document.components.schemas;
  const parameters = route.operation.parameters ?? [];
  const of = (place: Parameter['in']) => parameters.filter((parameter) => parameter.in === place);
  const bodySchema = jsonBodySchema(route.operation);
  const apiRoute = route.key.split(' ')[1]?.startsWith('/api/') ?? false;
  return [
    ...pathVariants(of('path'), schemas),
    ...(apiRoute ? queryVariants(of('query'), schemas) : []),
    ...headerVariants(of('header')),
    ...(bodySchema ? bodyVariants(bodySchema, schemas, options.validBody ?? {}) : []),
    ...(options.multipart ? multipartVariants() : []),
  ];
}

// — Judging an answer —

/** Answers that mean the caller never got as far as validation. */
const turnedAway = new Set([
  'unauthenticated',
  'session_expired',
  'forbidden',
  'csrf_invalid',
  'forbidden_origin',
  'mfa_required',
  'mfa_enrolment_required',
]);

/** The English field messages as patterns (`{n}` is a number). */
const englishFieldMessages = Object.values(fieldMessages.en).map(
  (message) => new RegExp(`^${message.replace(/[.*+?^$()|[\]\\]/gu, '\\$&').replace('{n}', '-?\\d+')}$`, 'u'),
);

/**
 * What every answer to hostile input must be: 4xx (never 5xx, never 2xx), JSON in the one error
 * shape, a known code with its English message (the caller speaks English) and English field
 * messages, from a caller who got past the access checks — and what the variant expects.
 */
export function expectHarmless(response: LightMyRequestResponse, expected: Expected): void {
  const context = `${response.statusCode} ${response.body.slice(0, 400)}`;
  expect(response.statusCode, context).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, context).toBeLessThan(500);
  expect(response.headers['content-type'], context).toMatch(/^application\/json/u);
  const { error } = errorBodySchema.parse(response.json());
  if (!isErrorCode(error.code)) throw new Error(`unknown error code: ${context}`);
  expect(turnedAway.has(error.code), `turned away before validation: ${context}`).toBe(false);
  expect(error.message, context).toBe(errorMessagesEn[error.code]);
  expect(error.message, context).not.toBe(errorMessagesSv[error.code]);
  for (const [field, message] of Object.entries(error.fields ?? {}))
    expect(
      englishFieldMessages.some((pattern) => pattern.test(message)),
      `${field}: "${message}" is not an English field message`,
    ).toBe(true);
  if (expected.statuses.length > 0) expect(expected.statuses, context).toContain(response.statusCode);
  if (expected.codes) expect(expected.codes, context).toContain(error.code);
}
