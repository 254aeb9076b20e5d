import type { FastifyInstance } from 'fastify';

/**
 * The dashboard's scripts are all bundled files (vite emits no inline script), so the CSP admits only
 * 'self' scripts. Inline styles stay allowed: the UI library injects <style> tags at run time.
 * connect-src 'self' covers the API and SSE; frame-ancestors 'none' and X-Frame-Options stop clickjacking.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every response, API and dashboard alike; HSTS only when served over https. */
export function registerSecurityHeaders(app: FastifyInstance, opts: { https: boolean }): void {
  app.addHook('onSend', async (req, reply, payload) => {
    // Swagger UI boots from an inline script and sets its own CSP; everything else gets ours.
    if (!req.url.startsWith('/docs')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (opts.https || req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}
