import pino, { type DestinationStream, type Logger } from 'pino';

/** Defense in depth: our serializers never log headers or bodies, and these paths are redacted anyway. */
export const REDACT_PATHS = [
  'req.headers["x-zeropath-api-token-secret"]',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.tokenSecret',
  '*.secret',
  '*.sessionSecret',
  '*.token',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
}
