import pg from 'pg';

/**
 * A pg pool we own and end ourselves, handed to graphile-worker as `pgPool`. graphile-worker ends the
 * pools it creates without awaiting and removes their error listeners first, so a connection closed by the
 * server a moment later (a database dropped or restarted) surfaced as an unhandled error.
 */
export function ownedPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  // Idle clients that the server terminates are discarded by pg; the listener keeps that from being fatal.
  pool.on('error', () => {});
  // graphile-worker checks that checked-out clients have an error listener too.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}
