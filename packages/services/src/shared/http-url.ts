import { AppError } from '@nullpath/core';

/** An integration's base URL: http(s), no credentials in it, no trailing slash (Jira sites, LLM endpoints). */
export function integrationBaseUrl(field: string, raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new AppError('VALIDATION_FAILED', `${field}: '${raw}' is not a URL`, { details: { field } });
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new AppError('VALIDATION_FAILED', `${field}: must be an http(s) URL`, { details: { field } });
  if (u.username || u.password) throw new AppError('VALIDATION_FAILED', `${field}: must not contain credentials`, { details: { field } });
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}
