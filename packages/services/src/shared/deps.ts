import type { Db } from '@nullpath/db';

/** The minimal logger services need (pino satisfies it). */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type Clock = () => Date;

/** What every service factory may receive; each factory picks only what it uses. */
export interface CoreDeps {
  db: Db;
  clock: Clock;
  /** Server key for keyed hashes (token secrets, session ids, invitation tokens). */
  secretKey: Buffer;
  logger: Logger;
  /** Base URL used in links sent by mail, e.g. http://127.0.0.1:8080; known only once the server listens. */
  publicUrl: () => string;
}
