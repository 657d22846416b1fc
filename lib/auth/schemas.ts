import { z } from 'zod';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'At least 2 characters.')
  .max(40, 'At most 40 characters.')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Letters, digits, dots, dashes and underscores only.');

export const passwordSchema = z.string().min(10, 'At least 10 characters.').max(200, 'At most 200 characters.');

export const loginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Enter your username.').max(40),
  password: z.string().min(1, 'Enter your password.').max(200),
  next: z.string().optional(),
});

export const setupSchema = z
  .object({
    setupCode: z.string().trim().min(1, 'Enter the setup code the server printed.'),
    username: usernameSchema,
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords differ.' });

export const tokenLabelSchema = z.string().trim().min(1).max(60);

export const secondFactorSchema = z.object({
  code: z.string().trim().min(1, 'Enter the code from your app, or a recovery code.').max(40),
});

/** Turning two-factor sign-in off: the account's password, or a current code. */
export const disableTwoFactorSchema = z.object({
  password: z.string().min(1, 'Enter your password or a current code.').max(200),
});
