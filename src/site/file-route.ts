import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { notFound } from '../domain/errors.js';
import { matchesIfNoneMatch } from './etag.js';

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp',
  '.avif': 'image/avif', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
  '.pdf': 'application/pdf', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.zip': 'application/zip',
  '.doc': 'application/msword', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4', '.mp4': 'video/mp4', '.webm': 'video/webm',
  '.epub': 'application/epub+zip', '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems',
};

/** Uploads keep their name; a year lets caches keep them without asking again. */
const FILE_CACHE = 'public, max-age=31536000';

/**
 * The path segments after `/files/`, decoded, or null when any of them could
 * leave the folder or name a hidden file: empty, `.`/`..`, a separator or a
 * NUL inside a segment, or a leading dot.
 */
export function safeSegments(pathname: string): string[] | null {
  const rest = pathname.replace(/^\/files\//, '');
  if (rest === pathname || rest === '') return null;
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment.startsWith('.') || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/** Serve `<filesDir>/<path>`: only regular files inside the folder, with validators (RFC 9110 section 13). */
export async function serveFile(c: Context, filesDir: string): Promise<Response> {
  const segments = safeSegments(new URL(c.req.url).pathname);
  if (!segments) throw notFound(`File ${c.req.path}`);
  let root: string;
  let path: string;
  try {
    root = await realpath(filesDir);
    // realpath resolves symbolic links, so a link pointing outside is caught too.
    path = await realpath(join(root, ...segments));
  } catch {
    throw notFound(`File ${c.req.path}`);
  }
  if (!path.startsWith(root + sep)) throw notFound(`File ${c.req.path}`);
  const info = await stat(path);
  if (!info.isFile()) throw notFound(`File ${c.req.path}`);

  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
    'Cache-Control': FILE_CACHE,
  };
  const ifNoneMatch = c.req.header('If-None-Match');
  const ifModifiedSince = c.req.header('If-Modified-Since');
  // If-Modified-Since counts only without If-None-Match (RFC 9110 section 13.1.3).
  const isNotModified = ifNoneMatch
    ? matchesIfNoneMatch(ifNoneMatch, etag)
    : ifModifiedSince !== undefined && !Number.isNaN(Date.parse(ifModifiedSince)) && lastModified.getTime() <= Date.parse(ifModifiedSince);
  if (isNotModified) return new Response(null, { status: 304, headers });
  headers['Content-Length'] = String(info.size);
  if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
  const stream = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return new Response(stream, { status: 200, headers });
}
