import { errorBodySchema } from '@varn/contracts';

/** Error responses documented on every route (the body is always the shared error shape). */
export const errorResponses = {
  '4xx': errorBodySchema.describe('Client error; `error.code` tells which, `error.message` is translated'),
  '5xx': errorBodySchema.describe('Server error; details are only in the log'),
} as const;
