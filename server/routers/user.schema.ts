import { z } from 'zod';
import { passwordSchema, userNameSchema } from './auth.schema';

// Shared by the user router and the profile forms.
export const updateProfileSchema = z.object({ name: userNameSchema });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const changePasswordSchema = z
  .object({
    // Only checked against the stored hash; capped so a huge body cannot keep scrypt busy.
    currentPassword: z
      .string()
      .min(1, 'Enter your current password.')
      .max(200, 'That is not your current password.'),
    newPassword: passwordSchema,
  })
  // Compared as the hash sees them (NFKC), so a differently encoded same password is refused too.
  .refine((v) => v.newPassword.normalize('NFKC') !== v.currentPassword.normalize('NFKC'), {
    message: 'Choose a password different from your current one.',
    path: ['newPassword'],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
