import { randomBytes } from 'node:crypto';
import { outboxRepo } from '@nullpath/db';
import { createServices } from '@nullpath/services';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@nullpath/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitProbe } from '../src/git-probe';
import { createLogger } from '../src/logger';
import { startSmtpStandIn } from './smtp-standin';

describe.each(TEST_DIALECTS)('invitation mail over SMTP (loopback stand-in relay) on %s', (dialect) => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    smtp = await startSmtpStandIn();
  });
  afterEach(async () => {
    await smtp.close();
    await db.destroy();
  });

  const services = (smtpUrl: string) =>
    createServices({
      db: db.db, clock: () => new Date(), secretKey: randomBytes(32), logger: createLogger('silent'), publicUrl: () => 'https://np.example',
      smtpUrl, mailFrom: 'Nullpath <np@example.com>', git: createGitProbe({ allowLocal: true, allowHosts: [] }),
      enqueue: async () => {
        throw new Error('no jobs in this test');
      },
    });

  it('delivers the invitation, records it as sent, and does not return the link to the inviter', async () => {
    const s = services(smtp.url);
    const boot = await s.bootstrap.bootstrap({ email: 'admin@example.com', password: 'long password', orgName: 'Acme' });
    const actor = { kind: 'user' as const, userId: boot.userId as never, email: boot.email };
    const inv = await s.members.invite(actor, { organizationId: boot.organizationId, email: 'dev@example.com' });
    expect(inv).not.toHaveProperty('inviteUrl');
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(['dev@example.com']);
    expect(smtp.mails[0]!.data).toMatch(/Subject: You are invited to Acme on Nullpath/);
    expect(smtp.mails[0]!.data).toMatch(/https:\/\/np\.example\/invite\?token=[\w-]{43}/);
    const out = await outboxRepo.listOutbox(db.db, 'dev@example.com');
    expect(out.map((o) => o.status)).toEqual(['sent']);
  });

  it('keeps the mail in the outbox as failed when the relay is down, and the invitation still exists', async () => {
    const s = services('smtp://127.0.0.1:1');
    const boot = await s.bootstrap.bootstrap({ email: 'admin@example.com', password: 'long password', orgName: 'Acme' });
    const actor = { kind: 'user' as const, userId: boot.userId as never, email: boot.email };
    await s.members.invite(actor, { organizationId: boot.organizationId, email: 'dev@example.com' });
    const out = await outboxRepo.listOutbox(db.db, 'dev@example.com');
    expect(out[0]).toMatchObject({ status: 'failed' });
    expect(out[0]!.error).toMatch(/ECONNREFUSED/);
    expect((await s.members.list(actor, { organizationId: boot.organizationId })).map((m) => m.status)).toEqual(['active', 'pendingInvite']);
  });
});
