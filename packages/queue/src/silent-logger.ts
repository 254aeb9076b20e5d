import type { QueueLogger } from './queue.types';

/** Default when the caller passes no logger: the queue never writes to stdout on its own. */
export const silentLogger: QueueLogger = { info() {}, warn() {}, error() {} };
