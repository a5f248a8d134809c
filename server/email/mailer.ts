import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';

export type OutgoingEmail = { to: string; subject: string; text: string; html?: string };
export type Mailer = { send(email: OutgoingEmail): Promise<void> };

/** A mailer over any nodemailer transport (SMTP in the app; a JSON transport in tests). */
export function mailerFromTransport(transport: Transporter, from: string): Mailer {
  return {
    async send(email) {
      await transport.sendMail({ from, ...email });
    },
  };
}

let cached: Mailer | null | undefined;

/** The configured mailer, or null when SMTP_URL is not set (the app then shows links to copy). */
export function getMailer(): Mailer | null {
  if (cached !== undefined) return cached;
  const url = process.env.SMTP_URL;
  cached = url
    ? mailerFromTransport(
        nodemailer.createTransport(url),
        process.env.EMAIL_FROM ?? 'Opslens <no-reply@opslens.local>',
      )
    : null;
  return cached;
}
