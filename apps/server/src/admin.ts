import type { CreatedToken } from '@nullpath/services';
import type { BootstrapResult } from '@nullpath/services';
import { createRuntime } from './compose';
import { type ServerOptions, loadConfig } from './config';
import { createLogger } from './logger';

/** Operator entry points for `nullpath admin …`: they open the configured database, act, and close it. */
async function withServices<T>(opts: ServerOptions, fn: (rt: Awaited<ReturnType<typeof createRuntime>>) => Promise<T>): Promise<T> {
  const config = loadConfig(opts);
  const logger = createLogger(opts.logLevel ?? 'warn', process.stderr as never);
  const rt = await createRuntime(config, logger, () => config.publicUrl ?? `http://${config.host}:${config.port}`);
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

export function adminBootstrap(opts: ServerOptions & { email: string; password: string; orgName: string }): Promise<BootstrapResult> {
  return withServices(opts, (rt) => rt.services.bootstrap.bootstrap({ email: opts.email, password: opts.password, orgName: opts.orgName }));
}

export function adminCreateToken(
  opts: ServerOptions & { email: string; orgName: string; name?: string; days?: number },
): Promise<CreatedToken> {
  return withServices(opts, (rt) =>
    rt.services.bootstrap.createToken({
      email: opts.email,
      orgName: opts.orgName,
      ...(opts.name !== undefined ? { name: opts.name } : {}),
      ...(opts.days !== undefined ? { days: opts.days } : {}),
    }),
  );
}
