import { z } from 'zod';

/**
 * Resumption tokens (OAI-PMH 2.0 section 3.5) are stateless: the list's
 * arguments and the (datestamp, id) of the last record sent, as base64url
 * JSON. Nothing is stored, any app node can continue any harvest, and a
 * record changed during a harvest moves to the end of the list, so it is
 * sent again rather than lost. Opaque to harvesters; checked strictly here.
 */
const tokenSchema = z.object({
  v: z.literal(1),
  /** metadataPrefix */
  m: z.string().min(1).max(64),
  /** set */
  s: z.string().min(1).max(200).optional(),
  /** lower bound (ISO-8601) */
  f: z.iso.datetime().optional(),
  /** exclusive upper bound (ISO-8601) */
  u: z.iso.datetime().optional(),
  /** last record sent: [updatedAt, id] */
  a: z.tuple([z.iso.datetime(), z.string().min(1).max(100)]),
}).strict();

export type TokenState = z.infer<typeof tokenSchema>;

export function encodeToken(state: TokenState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

export function decodeToken(token: string): TokenState | null {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(token)) return null;
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
