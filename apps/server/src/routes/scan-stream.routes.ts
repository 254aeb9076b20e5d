import { AUTHED_ERRORS } from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authenticate } from '../plugins/auth';
import { TOKEN_SECURITY, type RouteDeps } from './route';

const QuerySchema = z.object({
  scanId: z.string().min(1).max(100),
  organizationId: z.string().min(1).max(200).optional(),
  lastEventId: z.coerce.number().int().min(0).optional(),
});

const TERMINAL = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

/**
 * Live scan progress as Server-Sent Events. Events are read from the scan's event log, so any
 * process may produce them and a client resumes exactly with Last-Event-ID (the event's seq).
 */
export function registerScanStreamRoute(app: FastifyInstance, deps: RouteDeps, opts: { pollMs?: number; heartbeatMs?: number } = {}): void {
  const pollMs = opts.pollMs ?? 400;
  const heartbeatMs = opts.heartbeatMs ?? 15_000;
  app.route({
    method: 'GET',
    url: '/api/v2/scans/stream',
    schema: {
      summary: 'Server-Sent Events: phase, progress and finished events of one scan (resume with Last-Event-ID)',
      tags: ['scans'],
      security: TOKEN_SECURITY,
      querystring: QuerySchema,
      response: { 204: z.null().describe('The scan finished and no events follow Last-Event-ID'), ...AUTHED_ERRORS },
    },
    handler: async (req, reply) => {
      const actor = await authenticate(req, reply, deps.services, deps.limiter);
      const q = req.query as z.output<typeof QuerySchema>;
      const header = Number(req.headers['last-event-id']);
      let after = Number.isInteger(header) && header >= 0 ? header : (q.lastEventId ?? 0);
      const input = { ...(q.organizationId ? { organizationId: q.organizationId } : {}), scanId: q.scanId };
      // Authorization and existence are checked before the stream opens, so errors are plain JSON.
      let batch = await deps.services.scans.events(actor, { ...input, afterSeq: after });
      // Nothing more will ever come: 204 tells EventSource clients to stop reconnecting.
      if (TERMINAL.has(batch.status) && batch.events.length === 0) return reply.status(204).send(null);

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': String(req.id),
      });
      res.write(`retry: 2000\n\n`);
      let open = true;
      req.raw.on('close', () => {
        open = false;
      });
      let lastWrite = Date.now();
      while (open) {
        for (const e of batch.events) {
          res.write(`id: ${e.seq}\nevent: ${e.type}\ndata: ${JSON.stringify({ ...e.data, scanId: q.scanId, at: e.at })}\n\n`);
          after = e.seq;
          lastWrite = Date.now();
        }
        if (TERMINAL.has(batch.status) && batch.events.length === 0) break;
        if (Date.now() - lastWrite >= heartbeatMs) {
          res.write(`: heartbeat ${new Date().toISOString()}\n\n`);
          lastWrite = Date.now();
        }
        await new Promise((r) => setTimeout(r, pollMs));
        if (!open) break;
        try {
          batch = await deps.services.scans.events(actor, { ...input, afterSeq: after });
        } catch {
          // The scan was deleted or access was revoked mid-stream: end it.
          break;
        }
      }
      res.end();
    },
  });
}
