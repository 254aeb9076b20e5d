import { HealthResponseSchema } from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { publicRoute } from './route';

export const VERSION = '0.1.0';

export function registerHealthRoutes(app: FastifyInstance, dialect: 'sqlite' | 'postgres'): void {
  publicRoute(
    app,
    { url: '/healthz', method: 'GET', body: z.object({}), response: HealthResponseSchema, summary: 'Liveness (no authentication)', tags: ['health'] },
    async () => ({ status: 'ok' as const, version: VERSION, database: dialect }),
  );
}
