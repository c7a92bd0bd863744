import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { newId } from '../domain/ids.js';
import type { MailMessage, Mailer } from '../domain/mailer.js';

export interface MailerOptions {
  /** `smtp://user:pass@host:587` or `smtps://...`; null writes .eml files to `outboxDir`. */
  smtpUrl: string | null;
  outboxDir: string;
  /** The From header: `Institute <no-reply@example.org>`. */
  from: string;
}

/** `smtp://user:secret@host:25` -> `host:25`: for logs, without credentials. */
function describeSmtp(url: string): string {
  const parsed = new URL(url);
  return `SMTP at ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}`;
}

/**
 * Mail through nodemailer. With no SMTP server configured (the embedded
 * default, DESIGN.md section 6) each message is written whole to the outbox
 * folder, one RFC 5322 .eml file per message, so a person can open it in any
 * mail program and nothing is silently lost.
 */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      description: describeSmtp(options.smtpUrl),
      async send(message: MailMessage) {
        await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `outbox folder ${options.outboxDir}`,
    async send(message: MailMessage) {
      const info = await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
      await mkdir(options.outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${newId()}.eml`;
      // Written aside and renamed, so a folder watcher never reads half a message.
      const partial = join(options.outboxDir, `.${name}.partial`);
      await writeFile(partial, info.message as Buffer);
      await rename(partial, join(options.outboxDir, name));
    },
  };
}

/** `Imprint <no-reply@www.example.org>` for a site at https://www.example.org. */
export function defaultFromAddress(baseUrl: string, name: string): string {
  const host = new URL(baseUrl).hostname;
  const domain = /[a-z]/i.test(host) && host.includes('.') ? host : 'localhost';
  return `${name.replace(/[<>"]/g, '')} <no-reply@${domain}>`;
}
