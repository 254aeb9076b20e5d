import { outboxRepo, type Db } from '@nullpath/db';
import nodemailer from 'nodemailer';
import type { Logger } from '../shared/deps';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
}

export interface Mailer {
  /** True when mail actually leaves the machine (SMTP configured). */
  readonly delivers: boolean;
  /** Records the mail in the outbox, then delivers it when SMTP is configured. Never throws on SMTP failure. */
  send(mail: OutgoingMail): Promise<{ outboxId: string; status: 'sent' | 'failed' | 'logged' }>;
}

/**
 * Outbox first, delivery second: the row exists even if SMTP is down, and the log line names it
 * (recipient and subject only; bodies can hold one-time links).
 */
export function createMailer(deps: { db: Db; logger: Logger; smtpUrl?: string; from?: string }): Mailer {
  const transport = deps.smtpUrl ? nodemailer.createTransport(deps.smtpUrl) : null;
  const from = deps.from ?? 'Nullpath <nullpath@localhost>';
  return {
    delivers: transport !== null,
    async send(mail) {
      const row = await outboxRepo.insertOutbox(deps.db, mail);
      if (!transport) {
        await outboxRepo.markOutbox(deps.db, row.id, 'logged');
        deps.logger.info({ outboxId: row.id, to: mail.to, subject: mail.subject }, 'mail written to outbox (no SMTP configured)');
        return { outboxId: row.id, status: 'logged' };
      }
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
        await outboxRepo.markOutbox(deps.db, row.id, 'sent');
        deps.logger.info({ outboxId: row.id, to: mail.to, subject: mail.subject }, 'mail sent');
        return { outboxId: row.id, status: 'sent' };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        await outboxRepo.markOutbox(deps.db, row.id, 'failed', message);
        deps.logger.warn({ outboxId: row.id, to: mail.to, err: message }, 'mail delivery failed; kept in outbox');
        return { outboxId: row.id, status: 'failed' };
      }
    },
  };
}
