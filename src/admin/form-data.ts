import type { Context } from 'hono';

/**
 * The text fields of a submitted form (urlencoded or multipart); files are
 * left out. Hono keeps the parsed body, so reading it here and again in a
 * route costs one parse.
 */
export async function readForm(c: Context): Promise<Record<string, string>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return {};
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}
