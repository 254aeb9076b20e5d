import type { ErrorBody } from '@nullpath/contracts';

/** The server's closed code set, plus two the client adds when no error envelope came back. */
export type ApiErrorCode = ErrorBody['code'] | 'NETWORK_ERROR' | 'INVALID_RESPONSE';

/**
 * A failed call: the server's `{error, code, requestId}` envelope (api-compat.md §1.7), or a
 * client-side failure (status 0 for NETWORK_ERROR). `message` is safe to show to a user.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly requestId: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(init: { status: number; code: ApiErrorCode; message: string; requestId: string; details?: Record<string, unknown> }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Builds the ApiError for a non-2xx response whose body has already been read as text. */
export function errorFromResponse(status: number, headerRequestId: string | null, text: string): ApiError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (isRecord(body) && typeof body.error === 'string' && body.error !== '' && typeof body.code === 'string') {
    return new ApiError({
      status,
      code: body.code as ErrorBody['code'],
      message: body.error,
      requestId: typeof body.requestId === 'string' ? body.requestId : (headerRequestId ?? ''),
      ...(isRecord(body.details) ? { details: body.details } : {}),
    });
  }
  return new ApiError({
    status,
    code: 'INVALID_RESPONSE',
    message: `The server answered HTTP ${status} without an error description`,
    requestId: headerRequestId ?? '',
  });
}
