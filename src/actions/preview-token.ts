import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ActionContext } from './action-context.js';

/** How long a private preview link works: long enough to circulate a draft for comments. */
export const PREVIEW_LINK_DAYS = 30;

/**
 * Private preview links carry `<publication id>.<expiry, base 36 seconds>.<HMAC>`.
 * The HMAC key is derived from the server secret, so a link cannot be
 * guessed or altered, and nothing needs storing; it stops working at its
 * expiry or when the secret changes.
 */
async function previewKey(ctx: ActionContext): Promise<Buffer> {
  // Services always wire accounts; its secret signs the links.
  if (!ctx.accounts) throw new Error('Preview links need the accounts service');
  return ctx.accounts.deriveKey('publication-preview');
}

const mac = (key: Buffer, id: string, expires: string) => createHmac('sha256', key).update(`preview\n${id}\n${expires}`).digest('base64url');

export async function signPreviewToken(ctx: ActionContext, id: string, expiresAt: Date): Promise<string> {
  const expires = Math.floor(expiresAt.getTime() / 1000).toString(36);
  return `${id}.${expires}.${mac(await previewKey(ctx), id, expires)}`;
}

/** The publication id a token names, or null when it is malformed, forged or expired. */
export async function verifyPreviewToken(ctx: ActionContext, token: string): Promise<string | null> {
  const [id, expires, given, ...rest] = token.split('.');
  if (!id || !expires || !given || rest.length || !/^[a-z0-9]+$/.test(id) || !/^[a-z0-9]+$/.test(expires)) return null;
  const expected = Buffer.from(mac(await previewKey(ctx), id, expires));
  const sent = Buffer.from(given);
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) return null;
  if (parseInt(expires, 36) * 1000 < ctx.clock.now().getTime()) return null;
  return id;
}
