import { createContext, Fragment, use, type ReactNode } from 'react';
import { Tag } from '@digdir/designsystemet-react';
import { useI18n, type I18n, type MessageKey } from '../../lib/i18n/i18n';
import type { JsonPrimitive, JsonSchema } from './openapi';
import { EnglishText, RichText } from './rich-text';

/** `components.schemas` of the document, for resolving `$ref`s anywhere below. */
export const SchemasContext = createContext<ReadonlyMap<string, JsonSchema>>(new Map());

// Nesting shown before "deeper levels are not shown"; the demo API needs four.
const maxDepth = 8;
// How far a chain of `$ref`s to `$ref`s is followed.
const maxRefSteps = 8;

const typeKeys: ReadonlyMap<string, MessageKey> = new Map([
  ['string', 'apiDocs.type.string'],
  ['number', 'apiDocs.type.number'],
  ['integer', 'apiDocs.type.integer'],
  ['boolean', 'apiDocs.type.boolean'],
  ['object', 'apiDocs.type.object'],
  ['array', 'apiDocs.type.array'],
  ['null', 'apiDocs.type.null'],
]);

/** The schema a `$ref` (or a chain of them) points to; `null` when it is not in the document. */
function resolve(schema: JsonSchema, schemas: ReadonlyMap<string, JsonSchema>): JsonSchema | null {
  let current = schema;
  for (let step = 0; step < maxRefSteps && current.ref !== null; step += 1) {
    const target = schemas.get(current.ref);
    if (!target) return null;
    current = target;
  }
  return current.ref === null ? current : null;
}

function isNullOnly(schema: JsonSchema): boolean {
  return schema.ref === null && schema.types.length === 1 && schema.types[0] === 'null';
}

/** Whether the schema has anything to show below its type line: properties, items with properties, variants. */
function hasStructure(schema: JsonSchema, schemas: ReadonlyMap<string, JsonSchema>, depth = 0): boolean {
  if (depth > maxDepth) return false;
  if (schema.ref !== null) {
    const target = resolve(schema, schemas);
    // A missing target is worth a note.
    return target === null || hasStructure(target, schemas, depth + 1);
  }
  const inner = (child: JsonSchema) => hasStructure(child, schemas, depth + 1);
  return (
    schema.properties.length > 0 ||
    schema.additionalProperties !== null ||
    (schema.items !== null && inner(schema.items)) ||
    schema.oneOf.some(inner) ||
    schema.allOf.some(inner)
  );
}

/** JSON Schema's bounds of a safe integer (zod's `.int()`) say nothing a reader needs. */
function meaningful(bound: number | null): number | null {
  return bound !== null && Math.abs(bound) < Number.MAX_SAFE_INTEGER ? bound : null;
}

function printValue(value: JsonPrimitive): string {
  return typeof value === 'string' && value !== '' ? value : JSON.stringify(value);
}

function joined(nodes: readonly ReactNode[], separator: string): ReactNode {
  return nodes.map((node, index) => (
    <Fragment key={index}>
      {index > 0 && ` ${separator} `}
      {node}
    </Fragment>
  ));
}

/** "`User` (objekt)", "sträng (`uuid`) eller null", "lista med `Role` (sträng)". */
function typeName(
  schema: JsonSchema,
  schemas: ReadonlyMap<string, JsonSchema>,
  t: I18n['t'],
  depth = 0,
): ReactNode {
  if (depth > maxDepth) return '…';
  if (schema.ref !== null) {
    const target = resolve(schema, schemas);
    const kind = target === null ? null : typeName(target, schemas, t, depth + 1);
    return (
      <>
        <code>{schema.ref}</code>
        {kind !== null && <> ({kind})</>}
      </>
    );
  }
  if (schema.oneOf.length > 0) {
    return joined(
      schema.oneOf.map((variant) => typeName(variant, schemas, t, depth + 1)),
      t('apiDocs.type.or'),
    );
  }
  if (schema.allOf.length > 0) {
    return joined(
      schema.allOf.map((part) => typeName(part, schemas, t, depth + 1)),
      t('apiDocs.type.and'),
    );
  }
  let types = schema.types;
  if (types.length === 0) {
    if (schema.properties.length > 0 || schema.additionalProperties !== null) types = ['object'];
    else if (schema.items !== null) types = ['array'];
  }
  if (types.length === 0) return t('apiDocs.type.any');
  return joined(
    types.map((type) => {
      if (type === 'array') {
        const items = schema.items ? typeName(schema.items, schemas, t, depth + 1) : t('apiDocs.type.any');
        return <RichText text={t('apiDocs.type.arrayOf')} slots={{ type: items }} />;
      }
      const key = typeKeys.get(type);
      return (
        <>
          {key ? t(key) : <code>{type}</code>}
          {schema.format !== null && type !== 'null' && (
            <>
              {' '}
              (<code>{schema.format}</code>)
            </>
          )}
        </>
      );
    }),
    t('apiDocs.type.or'),
  );
}

/** The type of a schema, as in {@link typeName}. */
export function TypeName({ schema }: { readonly schema: JsonSchema }) {
  const { t } = useI18n();
  const schemas = use(SchemasContext);
  return <>{typeName(schema, schemas, t)}</>;
}

type Range = readonly [MessageKey, MessageKey, MessageKey];
const lengthRange: Range = [
  'apiDocs.limit.length.range',
  'apiDocs.limit.length.min',
  'apiDocs.limit.length.max',
];
const itemsRange: Range = ['apiDocs.limit.items.range', 'apiDocs.limit.items.min', 'apiDocs.limit.items.max'];
const valueRange: Range = ['apiDocs.limit.value.range', 'apiDocs.limit.value.min', 'apiDocs.limit.value.max'];

function rangeText(min: number | null, max: number | null, [both, atLeast, atMost]: Range, t: I18n['t']) {
  if (min !== null && max !== null) return t(both, { min, max });
  if (min !== null) return t(atLeast, { min });
  if (max !== null) return t(atMost, { max });
  return null;
}

function codeList(values: readonly JsonPrimitive[]): ReactNode {
  return values.map((value, index) => (
    <Fragment key={index}>
      {index > 0 && ', '}
      <code>{printValue(value)}</code>
    </Fragment>
  ));
}

/**
 * What a reader must know about the values of a schema: its description, allowed values and
 * limits, also those of the schema a `$ref` points to and of the variants (`anyOf`, `oneOf`, `allOf`).
 */
function facts(
  schema: JsonSchema,
  schemas: ReadonlyMap<string, JsonSchema>,
  t: I18n['t'],
  depth = 0,
): ReactNode[] {
  if (depth > maxDepth) return [];
  const found: ReactNode[] = [];
  if (schema.description !== null) found.push(<EnglishText text={schema.description} />);
  if (schema.deprecated) {
    found.push(
      <Tag data-color="warning" data-size="sm">
        {t('apiDocs.deprecated')}
      </Tag>,
    );
  }
  if (schema.ref !== null) {
    const target = resolve(schema, schemas);
    if (target) {
      const inherited = facts(target, schemas, t, depth + 1);
      // The reference's own description replaces the target's.
      found.push(
        ...(schema.description !== null && target.description !== null ? inherited.slice(1) : inherited),
      );
    }
    return found;
  }
  if (schema.constValue) {
    found.push(
      <RichText text={t('apiDocs.schema.const')} slots={{ value: codeList([schema.constValue.value]) }} />,
    );
  }
  if (schema.enumValues.length > 0) {
    found.push(<RichText text={t('apiDocs.schema.enum')} slots={{ values: codeList(schema.enumValues) }} />);
  }
  const limits = [
    rangeText(schema.minLength, schema.maxLength, lengthRange, t),
    rangeText(schema.minItems, schema.maxItems, itemsRange, t),
    rangeText(meaningful(schema.minimum), meaningful(schema.maximum), valueRange, t),
    schema.exclusiveMinimum === null
      ? null
      : t('apiDocs.limit.value.above', { min: schema.exclusiveMinimum }),
    schema.exclusiveMaximum === null
      ? null
      : t('apiDocs.limit.value.below', { max: schema.exclusiveMaximum }),
  ];
  for (const limit of limits) if (limit !== null) found.push(limit);
  // A format (uuid, date-time) says more than the long pattern generated for it.
  if (schema.pattern !== null && schema.format === null) {
    found.push(
      <RichText
        text={t('apiDocs.schema.pattern')}
        slots={{ pattern: <code className="break">{schema.pattern}</code> }}
      />,
    );
  }
  if (schema.defaultValue) {
    found.push(
      <RichText
        text={t('apiDocs.schema.default')}
        slots={{ value: codeList([schema.defaultValue.value]) }}
      />,
    );
  }
  // Facts of scalar items and variants; object variants show theirs in the structure below.
  const scalars = [
    ...(schema.items && !hasStructure(schema.items, schemas) ? [schema.items] : []),
    ...schema.oneOf.filter((variant) => !isNullOnly(variant) && !hasStructure(variant, schemas)),
    ...schema.allOf.filter((part) => !hasStructure(part, schemas)),
  ];
  for (const scalar of scalars) found.push(...facts(scalar, schemas, t, depth + 1));
  return found;
}

/** The facts of a schema as short lines; nothing when there are none. */
export function SchemaFacts({ schema }: { readonly schema: JsonSchema }) {
  const { t } = useI18n();
  const schemas = use(SchemasContext);
  const found = facts(schema, schemas, t);
  if (found.length === 0) return null;
  return (
    <div className="api-facts">
      {found.map((fact, index) => (
        <p key={index}>{fact}</p>
      ))}
    </div>
  );
}

/**
 * Where a schema is shown: the component names on the way from the body to here (a name seen
 * again is a cycle), the nesting depth, and whether it is a request (which rejects unknown properties).
 */
interface Trail {
  readonly refs: readonly string[];
  readonly depth: number;
  readonly request: boolean;
}

/** What is inside a schema: its properties as a definition list, nested for objects in objects. */
function SchemaStructure({ schema, trail }: { readonly schema: JsonSchema; readonly trail: Trail }) {
  const { t } = useI18n();
  const schemas = use(SchemasContext);

  if (schema.ref !== null) {
    const name = <code>{schema.ref}</code>;
    if (trail.refs.includes(schema.ref)) {
      return (
        <p className="api-note">
          <RichText text={t('apiDocs.schema.cycle')} slots={{ name }} />
        </p>
      );
    }
    const target = schemas.get(schema.ref);
    if (!target) {
      return (
        <p className="api-note">
          <RichText text={t('apiDocs.schema.missing')} slots={{ name }} />
        </p>
      );
    }
    return <SchemaStructure schema={target} trail={{ ...trail, refs: [...trail.refs, schema.ref] }} />;
  }
  if (trail.depth > maxDepth) return <p className="api-note">{t('apiDocs.schema.tooDeep')}</p>;

  const deeper: Trail = { ...trail, depth: trail.depth + 1 };
  const variants = schema.oneOf.filter((variant) => hasStructure(variant, schemas));
  const parts = schema.allOf.filter((part) => hasStructure(part, schemas));
  const additional = schema.additionalProperties;

  return (
    <>
      {schema.properties.length > 0 && (
        <dl className="api-properties">
          {schema.properties.map((property) => (
            <div key={property.name} className="api-property">
              <dt>
                <code className="api-property__name">{property.name}</code>{' '}
                {property.required ? (
                  <span className="api-property__required">{t('apiDocs.schema.required')}</span>
                ) : (
                  <span className="muted">{t('apiDocs.schema.optional')}</span>
                )}
              </dt>
              <dd>
                <span>
                  <TypeName schema={property.schema} />
                </span>
                <SchemaFacts schema={property.schema} />
                {hasStructure(property.schema, schemas) && (
                  <SchemaStructure schema={property.schema} trail={deeper} />
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {additional === false && trail.request && <p className="api-note">{t('apiDocs.schema.closed')}</p>}
      {additional !== null && additional !== false && (
        <>
          <p className="api-note">
            <RichText text={t('apiDocs.schema.map')} slots={{ type: <TypeName schema={additional} /> }} />
          </p>
          {hasStructure(additional, schemas) && <SchemaStructure schema={additional} trail={deeper} />}
        </>
      )}
      {schema.items && hasStructure(schema.items, schemas) && (
        <SchemaStructure schema={schema.items} trail={trail} />
      )}
      {variants.length === 1 && variants[0] && <SchemaStructure schema={variants[0]} trail={trail} />}
      {variants.length > 1 && (
        <ol className="api-variants">
          {variants.map((variant, index) => (
            <li key={index}>
              <p>
                <RichText
                  text={t('apiDocs.schema.variant', { n: index + 1 })}
                  slots={{ type: <TypeName schema={variant} /> }}
                />
              </p>
              <SchemaStructure schema={variant} trail={deeper} />
            </li>
          ))}
        </ol>
      )}
      {parts.map((part, index) => (
        <SchemaStructure key={index} schema={part} trail={trail} />
      ))}
    </>
  );
}

/**
 * A request or response body: "Typ: `User` (objekt)", its facts, then its properties. When an
 * earlier response of the operation had the same body (4XX and 5XX both `Error`), it says so
 * instead of repeating it.
 */
export function SchemaView({
  schema,
  request,
  sameAs = null,
}: {
  readonly schema: JsonSchema;
  readonly request: boolean;
  /** The status of the earlier response with this body. */
  readonly sameAs?: string | null;
}) {
  const { t } = useI18n();
  const schemas = use(SchemasContext);
  return (
    <div className="api-schema">
      <p>
        {t('apiDocs.schema.type')} <TypeName schema={schema} />
      </p>
      {sameAs !== null ? (
        <p className="api-note">
          <RichText text={t('apiDocs.schema.sameAs')} slots={{ status: <code>{sameAs}</code> }} />
        </p>
      ) : (
        <>
          <SchemaFacts schema={schema} />
          {hasStructure(schema, schemas) && (
            <SchemaStructure schema={schema} trail={{ refs: [], depth: 0, request }} />
          )}
        </>
      )}
    </div>
  );
}
