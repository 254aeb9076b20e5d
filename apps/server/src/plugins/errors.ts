import { AppError, type ErrorCode } from '@nullpath/core';
import type { FastifyError, FastifyInstance } from 'fastify';

/** The one place error codes become HTTP statuses. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNSUPPORTED_DATABASE_VERSION: 500,
  INTERNAL: 500,
};

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: Array<string | number>; message?: string } };
}

/** "body.expirationDays: Too big: expected number to be <=365": the offending field is always named. */
function describeValidation(err: FastifyError): { message: string; field: string } {
  const issues = (err.validation ?? []) as ValidationIssue[];
  const first = issues[0];
  const ctx = err.validationContext ?? 'body';
  const path = first?.params?.issue?.path?.join('.') ?? first?.instancePath?.replace(/^\//, '').replace(/\//g, '.') ?? '';
  const field = path ? `${ctx}.${path}` : ctx;
  const msg = first?.params?.issue?.message ?? first?.message ?? err.message;
  return { message: `${field}: ${msg}`, field };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let code: ErrorCode;
    let message: string;
    let details: Record<string, unknown> | undefined;
    if (err instanceof AppError) {
      code = err.code;
      message = err.message;
      details = err.details;
    } else if (err.validation) {
      const v = describeValidation(err);
      code = 'VALIDATION_FAILED';
      message = v.message;
      details = { field: v.field };
    } else if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      code = CODE_BY_STATUS[err.statusCode] ?? 'VALIDATION_FAILED';
      message = err.message || code;
    } else {
      code = 'INTERNAL';
      message = 'Internal server error';
    }
    const status = STATUS_BY_CODE[code];
    if (status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code, status }, message);
    void reply
      .status(status)
      .type('application/json')
      .send({ error: message, code, requestId: String(req.id), ...(details ? { details } : {}) });
  });
}
