import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** `<label>/<random>`: unique per runner even when two processes are given the same workerId. */
export const uniqueWorkerId = (label: string | undefined): string =>
  `${label ?? `${hostname()}:${process.pid}`}/${randomBytes(4).toString('hex')}`;
