import { ApiError, ClientErrorCode, apiRequest } from '../../lib/api/client';

/**
 * The OpenAPI 3.x document as this page shows it. The document is external input: it is read
 * with type guards into the shapes below, and anything the page cannot show is left out rather
 * than trusted.
 */

/** A value allowed in `enum`, `const` and `default` that the page can print. */
export type JsonPrimitive = string | number | boolean | null;

/** A property of an object schema. */
export interface SchemaProperty {
  readonly name: string;
  readonly required: boolean;
  readonly schema: JsonSchema;
}

/** The parts of a JSON Schema (2020-12, as OpenAPI 3.1 uses it) that the page shows. */
export interface JsonSchema {
  /** The component name (`User` for `#/components/schemas/User`), or the raw `$ref` when it points elsewhere. */
  readonly ref: string | null;
  readonly types: readonly string[];
  readonly format: string | null;
  readonly description: string | null;
  readonly deprecated: boolean;
  readonly enumValues: readonly JsonPrimitive[];
  readonly constValue: { readonly value: JsonPrimitive } | null;
  readonly defaultValue: { readonly value: JsonPrimitive } | null;
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly exclusiveMinimum: number | null;
  readonly exclusiveMaximum: number | null;
  readonly minLength: number | null;
  readonly maxLength: number | null;
  readonly minItems: number | null;
  readonly maxItems: number | null;
  readonly pattern: string | null;
  readonly properties: readonly SchemaProperty[];
  /** `false`: no other properties; a schema: a map whose values have that schema; `null`: not said. */
  readonly additionalProperties: JsonSchema | false | null;
  readonly items: JsonSchema | null;
  /** `anyOf` and `oneOf`: to a reader both say "one of these". */
  readonly oneOf: readonly JsonSchema[];
  readonly allOf: readonly JsonSchema[];
}

/** A body of a request or a response in one media type. */
export interface MediaContent {
  readonly mediaType: string;
  readonly schema: JsonSchema | null;
}

/** A path, query, header or cookie parameter. */
export interface ApiParameter {
  readonly name: string;
  readonly location: string;
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly description: string | null;
  readonly schema: JsonSchema | null;
}

/** The body an operation accepts. */
export interface ApiRequestBody {
  readonly required: boolean;
  readonly description: string | null;
  readonly contents: readonly MediaContent[];
}

/** One documented answer: a status code, a range such as `4XX`, or `default`. */
export interface ApiResponse {
  readonly status: string;
  readonly description: string | null;
  readonly contents: readonly MediaContent[];
}

/** One method on one path. */
export interface ApiOperation {
  /** A unique fragment identifier for in-page links. */
  readonly anchor: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string | null;
  readonly description: string | null;
  readonly deprecated: boolean;
  readonly parameters: readonly ApiParameter[];
  readonly requestBody: ApiRequestBody | null;
  readonly responses: readonly ApiResponse[];
}

/** The operations of one tag, in the document's order; `tag` is `null` for untagged operations. */
export interface ApiTagGroup {
  readonly anchor: string;
  readonly tag: string | null;
  readonly description: string | null;
  readonly operations: readonly ApiOperation[];
}

/** The document, grouped for reading. */
export interface ApiDocument {
  readonly openapi: string;
  readonly title: string | null;
  readonly version: string | null;
  readonly groups: readonly ApiTagGroup[];
  /** `components.schemas` by name, for resolving `$ref`s. */
  readonly schemas: ReadonlyMap<string, JsonSchema>;
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a document with a `__proto__` key must not reach the prototype. */
function field(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function text(object: JsonObject, key: string): string | null {
  const value = field(object, key);
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function finite(object: JsonObject, key: string): number | null {
  const value = field(object, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function isPrimitive(value: unknown): value is JsonPrimitive {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function primitive(object: JsonObject, key: string): { readonly value: JsonPrimitive } | null {
  if (!Object.hasOwn(object, key)) return null;
  const value = field(object, key);
  return isPrimitive(value) ? { value } : null;
}

function entries(value: unknown): readonly (readonly [string, unknown])[] {
  return isObject(value) ? Object.entries(value) : [];
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

const schemaRefPrefix = '#/components/schemas/';

/** A JSON Pointer segment as a name: percent-encoding and `~1`, `~0` undone. */
function decodePointerSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Not percent-encoded after all.
  }
  return decoded.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** `User` for `#/components/schemas/User`; other references stay as they are. */
function refName(ref: string): string {
  return ref.startsWith(schemaRefPrefix) ? decodePointerSegment(ref.slice(schemaRefPrefix.length)) : ref;
}

// JSON has no cycles, but a hostile document can still nest deeply; deeper levels are not shown.
const maxSchemaDepth = 24;

const anySchema: JsonSchema = {
  ref: null,
  types: [],
  format: null,
  description: null,
  deprecated: false,
  enumValues: [],
  constValue: null,
  defaultValue: null,
  minimum: null,
  maximum: null,
  exclusiveMinimum: null,
  exclusiveMaximum: null,
  minLength: null,
  maxLength: null,
  minItems: null,
  maxItems: null,
  pattern: null,
  properties: [],
  additionalProperties: null,
  items: null,
  oneOf: [],
  allOf: [],
};

/** Reads one JSON Schema; what it cannot read becomes "any value". */
export function parseSchema(value: unknown, depth = 0): JsonSchema {
  if (!isObject(value) || depth > maxSchemaDepth) return anySchema;
  const next = (child: unknown) => parseSchema(child, depth + 1);

  const rawType = field(value, 'type');
  const types = (Array.isArray(rawType) ? rawType : [rawType]).filter(
    (type): type is string => typeof type === 'string',
  );
  // OpenAPI 3.0 wrote `nullable: true` where 3.1 writes `type: [..., 'null']`.
  if (field(value, 'nullable') === true && !types.includes('null')) types.push('null');

  const required = new Set(list(field(value, 'required')).filter((name) => typeof name === 'string'));
  const ref = text(value, '$ref');
  const additional = field(value, 'additionalProperties');
  const items = field(value, 'items');

  return {
    ref: ref === null ? null : refName(ref),
    types,
    format: text(value, 'format'),
    description: text(value, 'description'),
    deprecated: field(value, 'deprecated') === true,
    enumValues: list(field(value, 'enum')).filter(isPrimitive),
    constValue: primitive(value, 'const'),
    defaultValue: primitive(value, 'default'),
    minimum: finite(value, 'minimum'),
    maximum: finite(value, 'maximum'),
    exclusiveMinimum: finite(value, 'exclusiveMinimum'),
    exclusiveMaximum: finite(value, 'exclusiveMaximum'),
    minLength: finite(value, 'minLength'),
    maxLength: finite(value, 'maxLength'),
    minItems: finite(value, 'minItems'),
    maxItems: finite(value, 'maxItems'),
    pattern: text(value, 'pattern'),
    properties: entries(field(value, 'properties')).map(([name, schema]) => ({
      name,
      required: required.has(name),
      schema: next(schema),
    })),
    additionalProperties: additional === false ? false : isObject(additional) ? next(additional) : null,
    items: isObject(items) ? next(items) : null,
    oneOf: [...list(field(value, 'anyOf')), ...list(field(value, 'oneOf'))].map(next),
    allOf: list(field(value, 'allOf')).map(next),
  };
}

/**
 * Follows `$ref`s to `#/components/<section>/<name>` (parameters, request bodies, responses), a
 * few steps at most; `null` when the reference leads nowhere.
 */
function resolveComponent(value: unknown, components: JsonObject, section: string): JsonObject | null {
  const prefix = `#/components/${section}/`;
  const rawSection = field(components, section);
  const named = isObject(rawSection) ? rawSection : {};
  let current = value;
  for (let step = 0; step < 5; step += 1) {
    if (!isObject(current)) return null;
    const ref = text(current, '$ref');
    if (ref === null) return current;
    if (!ref.startsWith(prefix)) return null;
    current = field(named, decodePointerSegment(ref.slice(prefix.length)));
  }
  return null;
}

function parseContents(value: unknown): readonly MediaContent[] {
  return entries(value).map(([mediaType, media]) => {
    const schema = isObject(media) ? field(media, 'schema') : undefined;
    return { mediaType, schema: schema === undefined ? null : parseSchema(schema) };
  });
}

function parseParameter(value: unknown, components: JsonObject): ApiParameter | null {
  const parameter = resolveComponent(value, components, 'parameters');
  if (!parameter) return null;
  const name = text(parameter, 'name');
  const location = text(parameter, 'in');
  if (name === null || location === null) return null;
  const schema = field(parameter, 'schema');
  return {
    name,
    location,
    // Path parameters are always required, whatever the document says.
    required: location === 'path' || field(parameter, 'required') === true,
    deprecated: field(parameter, 'deprecated') === true,
    description: text(parameter, 'description'),
    schema:
      schema !== undefined
        ? parseSchema(schema)
        : (parseContents(field(parameter, 'content'))[0]?.schema ?? null),
  };
}

/** Parameters of the path and of the operation; the operation's win when both name the same one. */
function parseParameters(
  pathLevel: unknown,
  operationLevel: unknown,
  components: JsonObject,
): ApiParameter[] {
  const byKey = new Map<string, ApiParameter>();
  for (const raw of [...list(pathLevel), ...list(operationLevel)]) {
    const parameter = parseParameter(raw, components);
    if (parameter) byKey.set(`${parameter.location}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

function parseRequestBody(value: unknown, components: JsonObject): ApiRequestBody | null {
  const body = resolveComponent(value, components, 'requestBodies');
  if (!body) return null;
  return {
    required: field(body, 'required') === true,
    description: text(body, 'description'),
    contents: parseContents(field(body, 'content')),
  };
}

/** Fastify's placeholder for a response nobody described: it tells the reader nothing. */
const placeholderDescription = 'Default Response';

/** Status codes in numeric order, ranges (`4XX`) after the codes they cover, `default` last. */
function statusOrder(status: string): number {
  if (/^\d{3}$/u.test(status)) return Number(status) * 10;
  if (/^\dXX$/u.test(status)) return Number(status.charAt(0)) * 1000 + 999;
  return Number.MAX_SAFE_INTEGER;
}

function parseResponses(value: unknown, components: JsonObject): ApiResponse[] {
  const responses: ApiResponse[] = [];
  for (const [code, raw] of entries(value)) {
    const response = resolveComponent(raw, components, 'responses');
    if (!response) continue;
    const description = text(response, 'description');
    responses.push({
      status: code.toUpperCase() === 'DEFAULT' ? 'default' : code.toUpperCase(),
      description: description === placeholderDescription ? null : description,
      contents: parseContents(field(response, 'content')),
    });
  }
  return responses.sort((a, b) => statusOrder(a.status) - statusOrder(b.status));
}

const methods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'] as const;

/** A fragment identifier: lower case letters, digits and hyphens, unique on the page. */
function uniqueAnchor(base: string, used: Set<string>): string {
  const slug =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '') || 'x';
  let anchor = slug;
  for (let n = 2; used.has(anchor); n += 1) anchor = `${slug}-${n}`;
  used.add(anchor);
  return anchor;
}

/** Reads the document; `null` when it is not an OpenAPI 3 document with paths. */
export function parseApiDocument(input: unknown): ApiDocument | null {
  if (!isObject(input)) return null;
  const openapi = text(input, 'openapi');
  const paths = field(input, 'paths');
  if (openapi === null || !openapi.startsWith('3.') || !isObject(paths)) return null;
  const info = field(input, 'info');
  const rawComponents = field(input, 'components');
  const components = isObject(rawComponents) ? rawComponents : {};

  const schemas = new Map<string, JsonSchema>();
  for (const [name, schema] of entries(field(components, 'schemas'))) schemas.set(name, parseSchema(schema));

  // Tags in the order the document lists them, then in the order operations use them.
  const tagDescriptions = new Map<string | null, string | null>();
  for (const tag of list(field(input, 'tags'))) {
    const name = isObject(tag) ? text(tag, 'name') : null;
    if (name !== null && isObject(tag)) tagDescriptions.set(name, text(tag, 'description'));
  }
  const operationsByTag = new Map<string | null, Omit<ApiOperation, 'anchor'>[]>(
    [...tagDescriptions.keys()].map((tag) => [tag, []]),
  );

  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of methods) {
      const operation = field(item, method);
      if (!isObject(operation)) continue;
      const parsed: Omit<ApiOperation, 'anchor'> = {
        method: method.toUpperCase(),
        path,
        summary: text(operation, 'summary') ?? text(item, 'summary'),
        description: text(operation, 'description') ?? text(item, 'description'),
        deprecated: field(operation, 'deprecated') === true,
        parameters: parseParameters(field(item, 'parameters'), field(operation, 'parameters'), components),
        requestBody: parseRequestBody(field(operation, 'requestBody'), components),
        responses: parseResponses(field(operation, 'responses'), components),
      };
      const tags = [...new Set(list(field(operation, 'tags')).filter((tag) => typeof tag === 'string'))];
      for (const tag of tags.length > 0 ? tags : [null]) {
        const group = operationsByTag.get(tag);
        if (group) group.push(parsed);
        else operationsByTag.set(tag, [parsed]);
      }
    }
  }

  const used = new Set<string>();
  const groups: ApiTagGroup[] = [];
  for (const [tag, operations] of operationsByTag) {
    if (operations.length === 0) continue;
    const anchor = uniqueAnchor(`api-${tag ?? 'other'}`, used);
    groups.push({
      anchor,
      tag,
      description: tagDescriptions.get(tag) ?? null,
      operations: operations.map((operation) => ({
        ...operation,
        anchor: uniqueAnchor(`${anchor}-${operation.method}-${operation.path}`, used),
      })),
    });
  }

  return {
    openapi,
    title: isObject(info) ? text(info, 'title') : null,
    version: isObject(info) ? text(info, 'version') : null,
    groups,
    schemas,
  };
}

/** `GET /api/openapi.json`: public, no session needed. */
export async function getApiDocument(signal?: AbortSignal): Promise<ApiDocument> {
  const document = parseApiDocument(await apiRequest<unknown>('GET', '/api/openapi.json', { signal }));
  if (!document) throw new ApiError(200, ClientErrorCode.InvalidResponse, '', {}, null);
  return document;
}
