import type { OutgoingEmail } from './mailer';

export function assignmentEmail({
  to,
  subject,
  text,
}: {
  to: string;
  subject: string;
  text: string;
}): OutgoingEmail {
  return { to, subject, text: `${text}\n\n— Opslens` };
}
