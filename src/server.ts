import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listen on host:port; port 0 picks a free port (tests, benchmarks). */
export function startServer(app: Hono, options: { host: string; port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    const server: ServerType = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
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
