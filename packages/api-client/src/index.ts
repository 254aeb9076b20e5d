export { createApiClient, type ApiAuth, type ApiClient, type ApiClientOptions, type CallOptions } from './api-client';
export { ApiError, isApiError, type ApiErrorCode } from './api-error';
export type * from './types';
export type * from './triage-types';
export type * from './teams.types';
