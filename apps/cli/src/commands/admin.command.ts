import type { Command } from 'commander';
import { type GlobalDbOptions, parseDays, serverOptions } from './db-options';

export function registerAdminCommand(program: Command): void {
  const admin = program.command('admin').description('Operator commands against the configured database');

  admin
    .command('bootstrap')
    .description('Create the first admin user and organization')
    .requiredOption('--email <email>', 'admin email')
    .requiredOption('--password <password>', 'admin password (at least 8 characters)')
    .requiredOption('--org <name>', 'organization name')
    .option('--data-dir <dir>', 'data directory')
    .option('--database-url <url>', 'postgres:// URL (default: DATABASE_URL, else embedded SQLite)')
    .action(async (opts: GlobalDbOptions & { email: string; password: string; org: string }) => {
      const { adminBootstrap } = await import('@nullpath/server');
      const r = await adminBootstrap({ ...serverOptions(opts), email: opts.email, password: opts.password, orgName: opts.org });
      process.stdout.write(`Created admin ${r.email} in organization '${r.organizationName}' (${r.organizationId})\n`);
    });

  admin
    .command('token')
    .description('Create an API token for a member (headless set-ups); prints the secret once')
    .requiredOption('--email <email>', "the token's owner")
    .requiredOption('--org <name>', 'organization name')
    .option('--name <name>', 'token name')
    .option('--days <days>', 'expiration in days (1-365, default 30)', parseDays)
    .option('--json', 'print JSON {tokenId, tokenSecret, expiresAt, organizationId}')
    .option('--data-dir <dir>', 'data directory')
    .option('--database-url <url>', 'postgres:// URL (default: DATABASE_URL, else embedded SQLite)')
    .action(async (opts: GlobalDbOptions & { email: string; org: string; name?: string; days?: number; json?: boolean }) => {
      const { adminCreateToken } = await import('@nullpath/server');
      const t = await adminCreateToken({
        ...serverOptions(opts),
        email: opts.email,
        orgName: opts.org,
        ...(opts.name !== undefined ? { name: opts.name } : {}),
        ...(opts.days !== undefined ? { days: opts.days } : {}),
      });
      const out = { tokenId: t.tokenId, tokenSecret: t.tokenSecret, expiresAt: t.expiresAt, organizationId: t.organizationId };
      if (opts.json) process.stdout.write(`${JSON.stringify(out)}\n`);
      else
        process.stdout.write(
          `Token id:     ${t.tokenId}\nToken secret: ${t.tokenSecret}   (shown once)\nExpires:      ${t.expiresAt}\nOrganization: ${t.organizationId}\n`,
        );
    });
}
