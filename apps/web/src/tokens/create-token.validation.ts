import type { CreateTokenBody } from '@nullpath/api-client';

// The same limits the server enforces (tokens.service: TOKEN_NAME_MAX, TOKEN_MAX_DAYS, TOKEN_DEFAULT_DAYS).
export const TOKEN_NAME_MAX = 100;
export const TOKEN_DAYS_MIN = 1;
export const TOKEN_DAYS_MAX = 365;
export const TOKEN_DAYS_DEFAULT = 30;

export interface CreateTokenFormValues {
  name: string;
  /** What the number input holds: a number, or a string while empty or half-typed. */
  expirationDays: number | string;
}

export type CreateTokenFormErrors = Partial<Record<keyof CreateTokenFormValues, string>>;

export type CreateTokenValidation =
  | { ok: true; body: Omit<CreateTokenBody, 'organizationId'> }
  | { ok: false; errors: CreateTokenFormErrors };

/** Checks the dialog's values; the name is trimmed and left out when empty (the server stores no name). */
export function validateCreateToken(values: CreateTokenFormValues): CreateTokenValidation {
  const errors: CreateTokenFormErrors = {};
  const name = values.name.trim();
  if (name.length > TOKEN_NAME_MAX) errors.name = `Name must be at most ${TOKEN_NAME_MAX} characters (now ${name.length})`;

  const raw = values.expirationDays;
  const days = typeof raw === 'number' ? raw : raw.trim() === '' ? Number.NaN : Number(raw);
  if (typeof raw === 'string' && raw.trim() === '') {
    errors.expirationDays = 'Expiration is required';
  } else if (!Number.isInteger(days) || days < TOKEN_DAYS_MIN || days > TOKEN_DAYS_MAX) {
    errors.expirationDays = `Expiration must be a whole number of days from ${TOKEN_DAYS_MIN} to ${TOKEN_DAYS_MAX}`;
  }

  if (errors.name !== undefined || errors.expirationDays !== undefined) return { ok: false, errors };
  return { ok: true, body: { ...(name !== '' ? { name } : {}), expirationDays: days } };
}
