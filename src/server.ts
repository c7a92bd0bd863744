import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  host: string;
  port: number;
  /** Tried first on every request; true when it answered (the page cache's hits). */
  answerEarly?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/** Listen on host:port; port 0 picks a free port (tests, benchmarks). */
export function startServer(app: Hono, options: ServerOptions): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    const { answerEarly } = options;
    const server: ServerType = serve({
      fetch: app.fetch,
      hostname: options.host,
      port: options.port,
      ...(answerEarly ? { createServer: withEarlyAnswer(answerEarly) } : {}),
    }, (info) => {
      server.off('error', onError);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise((done) => {
          server.close(() => done());
          // Keep-alive sockets would hold close() open until they time out.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', onError);
  });
}

/** A `createServer` whose request handler lets `answerEarly` answer before the application. */
function withEarlyAnswer(answerEarly: NonNullable<ServerOptions['answerEarly']>): typeof createServer {
  return ((...args: unknown[]) => {
    const options = typeof args[0] === 'object' ? args[0] : {};
    const handler = (typeof args[0] === 'function' ? args[0] : args[1]) as (req: IncomingMessage, res: ServerResponse) => void;
    return createServer(options as object, (req, res) => {
      if (!answerEarly(req, res)) handler(req, res);
    });
  }) as typeof createServer;
}
