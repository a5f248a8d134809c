import { z } from 'zod';
import { text } from '@/lib/text';

/** A person's display name: sign-up and the profile page. */
export const userNameSchema = text(100, { required: 'Enter your name.' });

/** A password being chosen (sign-up, a new password on the profile page). */
export const passwordSchema = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(200, 'Use at most 200 characters.');

// Shared by the server procedure and the sign-up form: one definition of what is valid.
export const signUpInput = z.object({
  name: userNameSchema,
  email: z
    .string()
    .trim()
    .max(254, 'That email is too long.')
    .pipe(z.email('Enter a valid email address.')),
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpInput>;
