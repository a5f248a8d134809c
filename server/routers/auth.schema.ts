import { z } from 'zod';

// Shared by the server procedure and the sign-up form: one definition of what is valid.
export const signUpInput = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
  email: z
    .string()
    .trim()
    .max(254, 'That email is too long.')
    .pipe(z.email('Enter a valid email address.')),
  password: z
    .string()
    .min(10, 'Use at least 10 characters.')
    .max(200, 'Use at most 200 characters.'),
});
export type SignUpInput = z.infer<typeof signUpInput>;
