import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * The client's network address, for rate limits and logs. Directly
 * connected, it is the socket's peer. Behind a reverse proxy (set
 * IMPRINT_TRUST_PROXY=on) it is the last X-Forwarded-For entry: the one our
 * proxy appended; earlier entries are whatever the client chose to send.
 */
export function clientAddress(c: Context, options: { isBehindProxy: boolean }): string {
  if (options.isBehindProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
    const last = forwarded?.[forwarded.length - 1];
    if (last) return last.slice(0, 100);
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
