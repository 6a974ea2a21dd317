import { Details, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useI18n, type I18n, type MessageKey } from '../../lib/i18n/i18n';
import { TableRegion } from '../../components/table-region';
import type { ApiOperation, ApiParameter, ApiResponse, MediaContent } from './openapi';
import { EnglishText } from './rich-text';
import { SchemaFacts, SchemaView, TypeName } from './schema-view';

const methodColours: ReadonlyMap<string, string> = new Map([
  ['GET', 'info'],
  ['POST', 'success'],
  ['PUT', 'warning'],
  ['PATCH', 'warning'],
  ['DELETE', 'danger'],
]);

const locationKeys: ReadonlyMap<string, MessageKey> = new Map([
  ['path', 'apiDocs.in.path'],
  ['query', 'apiDocs.in.query'],
  ['header', 'apiDocs.in.header'],
  ['cookie', 'apiDocs.in.cookie'],
]);

/** "Lyckades" for 2XX and 201, "Fel i anropet" for 4XX and 404. */
function statusName(status: string, t: I18n['t']): string {
  switch (status.charAt(0)) {
    case '1':
      return t('apiDocs.status.1');
    case '2':
      return t('apiDocs.status.2');
    case '3':
      return t('apiDocs.status.3');
    case '4':
      return t('apiDocs.status.4');
    case '5':
      return t('apiDocs.status.5');
    default:
      return t('apiDocs.status.default');
  }
}

/**
 * One operation: "POST /api/auth/login" as a heading with its summary; parameters, request body
 * and responses behind a disclosure, so that the page stays scannable.
 */
export function OperationView({ operation }: { readonly operation: ApiOperation }) {
  const { t } = useI18n();
  const name = `${operation.method} ${operation.path}`;
  return (
    <div className="api-operation">
      <Heading level={3} data-size="xs" id={operation.anchor} className="api-operation__heading">
        <Tag
          data-color={methodColours.get(operation.method) ?? 'neutral'}
          data-size="sm"
          className="api-method"
        >
          {operation.method}
        </Tag>{' '}
        <code className="break">{operation.path}</code>
      </Heading>
      {operation.deprecated && (
        <Paragraph data-size="sm">
          <Tag data-color="warning" data-size="sm">
            {t('apiDocs.deprecated')}
          </Tag>
        </Paragraph>
      )}
      {operation.summary !== null && <EnglishText block text={operation.summary} />}
      {operation.description !== null && <EnglishText block text={operation.description} />}
      <Details>
        <Details.Summary>
          {t('apiDocs.operation.show')}
          <span className="ds-sr-only"> {t('apiDocs.operation.for', { operation: name })}</span>
        </Details.Summary>
        <Details.Content className="api-operation__details">
          {operation.parameters.length > 0 && (
            <Parameters parameters={operation.parameters} operation={name} />
          )}
          {operation.requestBody && (
            <div className="api-part">
              <Heading level={4} data-size="2xs">
                {t('apiDocs.body')}
              </Heading>
              <Paragraph data-size="sm">
                {operation.requestBody.required ? t('apiDocs.body.required') : t('apiDocs.body.optional')}
              </Paragraph>
              {operation.requestBody.description !== null && (
                <EnglishText block text={operation.requestBody.description} />
              )}
              <Contents contents={operation.requestBody.contents} request />
            </div>
          )}
          <div className="api-part">
            <Heading level={4} data-size="2xs">
              {t('apiDocs.responses')}
            </Heading>
            {operation.responses.length === 0 && (
              <Paragraph data-size="sm">{t('apiDocs.noResponses')}</Paragraph>
            )}
            {operation.responses.map((response, index) => (
              <Response
                key={response.status}
                response={response}
                sameAs={
                  operation.responses.slice(0, index).find((earlier) => sameBodies(earlier, response))
                    ?.status ?? null
                }
              />
            ))}
          </div>
        </Details.Content>
      </Details>
    </div>
  );
}

function Parameters({
  parameters,
  operation,
}: {
  readonly parameters: readonly ApiParameter[];
  readonly operation: string;
}) {
  const { t } = useI18n();
  const caption = t('apiDocs.parameters.caption', { operation });
  return (
    <div className="api-part">
      <Heading level={4} data-size="2xs">
        {t('apiDocs.parameters')}
      </Heading>
      <TableRegion label={caption}>
        <Table data-size="sm">
          <caption className="ds-sr-only">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('apiDocs.parameters.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('apiDocs.parameters.in')}</Table.HeaderCell>
              <Table.HeaderCell>{t('apiDocs.parameters.type')}</Table.HeaderCell>
              <Table.HeaderCell>{t('apiDocs.parameters.required')}</Table.HeaderCell>
              <Table.HeaderCell>{t('apiDocs.parameters.description')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {parameters.map((parameter) => {
              const location = locationKeys.get(parameter.location);
              return (
                <Table.Row key={`${parameter.location}:${parameter.name}`}>
                  <Table.Cell>
                    <code>{parameter.name}</code>
                  </Table.Cell>
                  <Table.Cell>{location ? t(location) : <code>{parameter.location}</code>}</Table.Cell>
                  <Table.Cell>{parameter.schema ? <TypeName schema={parameter.schema} /> : '–'}</Table.Cell>
                  <Table.Cell>{parameter.required ? t('common.yes') : t('common.no')}</Table.Cell>
                  <Table.Cell>
                    {parameter.deprecated && (
                      <Tag data-color="warning" data-size="sm">
                        {t('apiDocs.deprecated')}
                      </Tag>
                    )}
                    {parameter.description !== null && <EnglishText block text={parameter.description} />}
                    {parameter.schema && <SchemaFacts schema={parameter.schema} />}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableRegion>
    </div>
  );
}

/** Whether two responses have the same named bodies (both `$ref` to the same schemas). */
function sameBodies(a: ApiResponse, b: ApiResponse): boolean {
  return (
    a.contents.length > 0 &&
    a.contents.length === b.contents.length &&
    a.contents.every((content, index) => {
      const other = b.contents[index];
      const ref = content.schema?.ref ?? null;
      return (
        other !== undefined &&
        content.mediaType === other.mediaType &&
        ref !== null &&
        ref === other.schema?.ref
      );
    })
  );
}

function Response({ response, sameAs }: { readonly response: ApiResponse; readonly sameAs: string | null }) {
  const { t } = useI18n();
  return (
    <div className="api-response">
      <Heading level={5} data-size="2xs">
        {response.status === 'default' ? (
          statusName(response.status, t)
        ) : (
          <>
            <code>{response.status}</code> – {statusName(response.status, t)}
          </>
        )}
      </Heading>
      {response.description !== null && <EnglishText block text={response.description} />}
      {response.contents.length === 0 ? (
        <Paragraph data-size="sm">{t('apiDocs.noBody')}</Paragraph>
      ) : (
        <Contents contents={response.contents} request={false} sameAs={sameAs} />
      )}
    </div>
  );
}

/** Bodies by media type; the type is named only when it is not the API's usual JSON. */
function Contents({
  contents,
  request,
  sameAs = null,
}: {
  readonly contents: readonly MediaContent[];
  readonly request: boolean;
  /** The status of an earlier response with the same bodies. */
  readonly sameAs?: string | null;
}) {
  const { t } = useI18n();
  const onlyJson = contents.length === 1 && contents[0]?.mediaType === 'application/json';
  return contents.map((content) => (
    <div key={content.mediaType} className="api-content">
      {!onlyJson && (
        <p>
          {t('apiDocs.mediaType')} <code>{content.mediaType}</code>
        </p>
      )}
      {content.schema ? <SchemaView schema={content.schema} request={request} sameAs={sameAs} /> : null}
    </div>
  ));
}
