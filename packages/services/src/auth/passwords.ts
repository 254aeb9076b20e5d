import { hash, verify } from '@node-rs/argon2';
import { AppError } from '@nullpath/core';

// argon2id (the library default algorithm) with its default cost: ≈13 ms per hash on the project machine.
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

export const MIN_PASSWORD_LENGTH = 8;

export function assertPasswordPolicy(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('VALIDATION_FAILED', `${field}: must be at least ${MIN_PASSWORD_LENGTH} characters`, {
      details: { field },
    });
  }
}
