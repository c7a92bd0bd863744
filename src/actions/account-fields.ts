import { z } from 'zod';
import { ROLES, type Role } from '../domain/permissions.js';
import { normaliseEmail, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/user-account.js';

/** Field schemas of the account actions' inputs. */
export const emailField = z.string().trim().min(1, 'must not be empty').max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address such as name@example.org'))
  .transform(normaliseEmail);

export const newPasswordField = z.string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters (three or four words make a good one)`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const userNameField = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const roleField = z.string().trim().refine((v): v is Role => (ROLES as readonly string[]).includes(v), `must be one of ${ROLES.join(', ')}`)
  .transform((v) => v as Role);

/** A network address as the HTTP layer saw it; "unknown" when it could not tell. */
export const clientAddressField = z.string().trim().min(1).max(100).default('unknown');
