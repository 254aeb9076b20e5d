import { describe, expect, it } from 'vitest';
import { validateCreateToken } from './create-token.validation';

describe('validateCreateToken', () => {
  it('accepts the defaults: no name, 30 days', () => {
    expect(validateCreateToken({ name: '', expirationDays: 30 })).toEqual({ ok: true, body: { expirationDays: 30 } });
  });

  it('trims the name', () => {
    expect(validateCreateToken({ name: '  CI pipeline ', expirationDays: 7 })).toEqual({
      ok: true,
      body: { name: 'CI pipeline', expirationDays: 7 },
    });
  });

  it('accepts a name of exactly 100 characters', () => {
    expect(validateCreateToken({ name: 'n'.repeat(100), expirationDays: 1 }).ok).toBe(true);
  });

  it('rejects a name of 101 characters', () => {
    expect(validateCreateToken({ name: 'n'.repeat(101), expirationDays: 30 })).toEqual({
      ok: false,
      errors: { name: 'Name must be at most 100 characters (now 101)' },
    });
  });

  it('accepts 365 days', () => {
    expect(validateCreateToken({ name: '', expirationDays: 365 })).toEqual({ ok: true, body: { expirationDays: 365 } });
  });

  it('rejects 366 days', () => {
    expect(validateCreateToken({ name: '', expirationDays: 366 })).toEqual({
      ok: false,
      errors: { expirationDays: 'Expiration must be a whole number of days from 1 to 365' },
    });
  });

  it('rejects 0 days', () => {
    expect(validateCreateToken({ name: '', expirationDays: 0 })).toEqual({
      ok: false,
      errors: { expirationDays: 'Expiration must be a whole number of days from 1 to 365' },
    });
  });

  it('rejects a fractional number of days', () => {
    expect(validateCreateToken({ name: '', expirationDays: 1.5 })).toEqual({
      ok: false,
      errors: { expirationDays: 'Expiration must be a whole number of days from 1 to 365' },
    });
  });

  it('requires an expiration when the input is empty', () => {
    expect(validateCreateToken({ name: '', expirationDays: '' })).toEqual({
      ok: false,
      errors: { expirationDays: 'Expiration is required' },
    });
  });

  it('reads a numeric string from the input', () => {
    expect(validateCreateToken({ name: '', expirationDays: '90' })).toEqual({ ok: true, body: { expirationDays: 90 } });
  });
});
