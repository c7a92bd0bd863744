import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface WrkResult {
  url: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!match) throw new Error(`wrk printed a latency I cannot read: "${value}"`);
  const n = Number(match[1]);
  switch (match[2]) {
    case 'us': return n / 1000;
    case 'ms': return n;
    case 's': return n * 1000;
    default: return n * 60_000;
  }
}

/** Run wrk against a URL and read requests/s and the latency percentiles from its report. */
export async function runWrk(url: string, options: { connections: number; seconds: number; threads?: number }): Promise<WrkResult> {
  const threads = Math.min(options.threads ?? 2, options.connections);
  const { stdout } = await run('wrk', [
    `-t${threads}`, `-c${options.connections}`, `-d${options.seconds}s`, '--latency', url,
  ], { maxBuffer: 1 << 20 });
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
  const p50 = /^\s+50%\s+(\S+)/m.exec(stdout);
  const p99 = /^\s+99%\s+(\S+)/m.exec(stdout);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout);
  if (!rps || !p50 || !p99) throw new Error(`Unexpected wrk output:\n${stdout}`);
  return {
    url,
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: Number(rps[1]),
    p50Ms: toMs(p50[1] ?? ''),
    p99Ms: toMs(p99[1] ?? ''),
    non2xx: non2xx ? Number(non2xx[1]) : 0,
  };
}
