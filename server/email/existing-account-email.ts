import type { OutgoingEmail } from './mailer';

/** Sent instead of an error when someone signs up with an address that has an account. */
export function existingAccountEmail({
  to,
  origin,
}: {
  to: string;
  origin: string;
}): OutgoingEmail {
  return {
    to,
    subject: 'Someone tried to create an Opslens account with your email',
    text: [
      'Someone — perhaps you — tried to create an Opslens account with this address.',
      'You already have one, and nothing about it has changed.',
      '',
      `To use it, sign in: ${origin}/sign-in`,
      '',
      'If it was not you, you can ignore this email.',
      '',
      '— Opslens',
    ].join('\n'),
  };
}
