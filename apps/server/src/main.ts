import type { OutboundPolicy } from '@nullpath/outbound';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { createRuntime, type Runtime } from './compose';
import { type ServerOptions, loadConfig } from './config';
import { createLogger } from './logger';

export interface StartOptions extends ServerOptions {
  adminEmail?: string;
  orgName?: string;
  /** Where the startup banner goes (the generated admin password is printed here once, never logged). */
  print?: (line: string) => void;
  handleSignals?: boolean;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  runtime: Runtime;
  dataDir: string;
  /** The instance's outbound policy, for an embedded worker. */
  outbound: OutboundPolicy;
  /** The admin created on this start (fresh database), else null. */
  createdAdmin: { userId: string; email: string; organizationId: string } | null;
  /** Runs `fn` first when the server closes (e.g. stop an embedded worker before the database closes). */
  onClose(fn: () => Promise<void>): void;
  close(): Promise<void>;
}

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const config = loadConfig(opts);
  const logger = createLogger(config.logLevel);
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  // Links in mail need the address we actually listen on (port 0 picks one), so resolve it lazily.
  let listenUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const runtime = await createRuntime(config, logger, () => listenUrl);
  const adminEmail = opts.adminEmail ?? process.env.NULLPATH_ADMIN_EMAIL ?? 'admin@nullpath.local';
  const created = await runtime.services.bootstrap.ensureInitialAdmin({
    email: adminEmail,
    orgName: opts.orgName ?? process.env.NULLPATH_ORG_NAME ?? 'Default',
  });

  const app = await buildApp({
    services: runtime.services,
    logger,
    dialect: runtime.handle.dialect,
    webDist: DEFAULT_WEB_DIST,
    secureCookies: (config.publicUrl ?? '').startsWith('https://'),
  });
  await app.listen({ host: config.host, port: config.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${shownHost}:${port}`;
  listenUrl = url;

  // Handlers before the first line of output: whoever waits for that line may signal at once.
  const closeHooks: Array<() => Promise<void>> = [];
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      for (const fn of closeHooks.reverse()) await fn();
      await app.close();
      await runtime.close();
    })());

  if (opts.handleSignals !== false) {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'shutting down');
      close().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    // `on`, not `once`: a repeated signal during shutdown must not fall back to the default (kill) handler.
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  print(`Nullpath is running at ${url}  (database: ${runtime.handle.describe}, data dir: ${config.dataDir})`);
  print(`API docs: ${url}/docs`);
  if (created) {
    print(`Admin login: ${created.email}  password: ${created.password}  (shown once; organization '${created.organizationName}')`);
  } else {
    print(`Admin login: ${adminEmail} (password was printed on first start; reset with 'nullpath admin bootstrap' on a new data dir)`);
  }

  return {
    url,
    app,
    runtime,
    dataDir: config.dataDir,
    outbound: config.outbound,
    createdAdmin: created ? { userId: created.userId, email: created.email, organizationId: created.organizationId } : null,
    onClose: (fn) => closeHooks.push(fn),
    close,
  };
}
