import type { OutgoingEmail } from './mailer';

export function invitationEmail({
  to,
  teamName,
  inviterName,
  role,
  link,
  expiresAt,
}: {
  to: string;
  teamName: string;
  inviterName: string;
  role: string;
  link: string;
  expiresAt: Date;
}): OutgoingEmail {
  const until = expiresAt.toUTCString();
  return {
    to,
    subject: `${inviterName} invited you to ${teamName} on Opslens`,
    text: [
      `${inviterName} invited you to join ${teamName} on Opslens as ${role === 'admin' || role === 'owner' ? 'an' : 'a'} ${role}.`,
      '',
      `Accept the invitation: ${link}`,
      '',
      `The link works once and expires on ${until}.`,
      "If you weren't expecting this, you can ignore this email.",
    ].join('\n'),
  };
}
