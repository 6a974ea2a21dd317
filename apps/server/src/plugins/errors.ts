import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  errorMessage,
  errorStatus,
  fieldMessage,
  issuesToFields,
  type ErrorBody,
  type ErrorCode,
} from '@varn/contracts';
import { isDatabaseUnavailable, translateDatabaseError } from '../lib/database-errors';
import { AppError } from '../lib/errors';
import { RequestValidationError } from '../lib/validation';

/** Fastify's own error codes for things a client can send, mapped to ours. */
const fastifyCodes: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_ERR_BAD_URL: 'bad_request',
  FST_ERR_ASYNC_CONSTRAINT: 'bad_request',
  FST_REQ_FILE_TOO_LARGE: 'file_too_large',
  FST_PARTS_LIMIT: 'bad_request',
  FST_FILES_LIMIT: 'bad_request',
  FST_FIELDS_LIMIT: 'bad_request',
  FST_PROTO_VIOLATION: 'bad_request',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
  FST_CSRF_MISSING_SECRET: 'csrf_invalid',
  FST_CSRF_INVALID_TOKEN: 'csrf_invalid',
};

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  fields?: Record<string, string>,
): FastifyReply {
  const body: ErrorBody = {
    error: { code, message: errorMessage(code, request.locale), ...(fields ? { fields } : {}) },
  };
  return reply.status(errorStatus[code]).type('application/json; charset=utf-8').send(body);
}

/**
 * The one error handler (fastify/demo): every error becomes `{ error: { code, message, fields } }`
 * in the request's language; nothing a client can send yields a 500; 5xx details stay in the log.
 */
export const errorPlugin = fp(
  async (app) => {
    app.setErrorHandler((caught: FastifyError, request, reply) => {
      const error = translateDatabaseError(caught) ?? caught;
      if (error instanceof AppError) {
        if (error.headers) void reply.headers(error.headers);
        const fields = error.fields
          ? Object.fromEntries(
              Object.entries(error.fields).map(([path, message]) => [
                path,
                typeof message === 'string' ? fieldMessage(message, request.locale) : message[request.locale],
              ]),
            )
          : undefined;
        return send(reply, request, error.code, fields);
      }
      if (error instanceof RequestValidationError) {
        const fields = issuesToFields(error.issues, request.locale);
        return send(reply, request, 'validation_failed', Object.keys(fields).length > 0 ? fields : undefined);
      }
      if (error.code === 'FST_ERR_RESPONSE_SERIALIZATION') {
        request.log.error({ err: error }, 'response did not match its schema');
        return send(reply, request, 'internal_error');
      }
      const mapped = error.code ? fastifyCodes[error.code] : undefined;
      if (mapped) return send(reply, request, mapped);
      const status = error.statusCode ?? 500;
      if (status === 429) return send(reply, request, 'too_many_requests');
      if (status === 404) return send(reply, request, 'route_not_found');
      if (status === 413) return send(reply, request, 'body_too_large');
      if (status === 415) return send(reply, request, 'unsupported_media_type');
      if (status >= 400 && status < 500) return send(reply, request, 'bad_request');
      request.log.error({ err: error }, 'unhandled error');
      if (isDatabaseUnavailable(error)) return send(reply, request, 'service_unavailable');
      return send(reply, request, 'internal_error');
    });
  },
  { name: 'varn-errors' },
);

/**
 * Errors Fastify raises before routing (a malformed URL, an invalid content type header): the
 * `frameworkErrors` option sends them through the same shape.
 */
export function sendFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const code = (error.code ? fastifyCodes[error.code] : undefined) ?? 'bad_request';
  return send(reply, request, code);
}

/** Sends the 404 of an unknown API route. */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, request, 'route_not_found');
}
