/**
 * Throughput of the fixture's publication page, measured with wrk (50
 * connections, 10 s each): served from the page cache, rendered with the cache
 * off, and the same bytes served by nginx as a static file — the ceiling.
 * Also the single-connection latency of an uncached render. Writes
 * bench/results/site-throughput.json.
 *
 * Node serves from one thread, so nginx runs one worker too: each gets one
 * core and wrk the other.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runWrk, type WrkResult } from './support/wrk.js';
import { freePort, startAndWait, stop } from './support/processes.js';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE_PATH = '/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

function requireTool(tool: string, debianPackage: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} is not installed: apt-get install ${debianPackage}`);
  }
}

async function main(): Promise<void> {
  requireTool('wrk', 'wrk');
  requireTool('nginx', 'nginx-light');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const work = mkdtempSync(join(tmpdir(), 'imprint-bench-'));
  const dataDir = join(work, 'data');
  const bin = join(ROOT, 'bin/imprint.js');
  const env = { ...process.env, IMPRINT_LOG_LEVEL: 'warn', IMPRINT_DATA_DIR: dataDir };
  execFileSync('node', [bin, 'demo'], { env, stdio: 'inherit' });

  const [cachedPort, uncachedPort] = [await freePort(), await freePort()];
  const cachedUrl = `http://127.0.0.1:${cachedPort}${FIXTURE_PATH}`;
  const uncachedUrl = `http://127.0.0.1:${uncachedPort}${FIXTURE_PATH}`;
  const started: ChildProcess[] = [];
  const stopAll = () => Promise.all(started.map(stop));
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    started.push(await startAndWait('node', [bin, 'serve', '--port', String(cachedPort)], cachedUrl, env));
    started.push(await startAndWait('node', [bin, 'serve', '--port', String(uncachedPort), '--no-cache'], uncachedUrl, env));
    await measure(work, cachedUrl, uncachedUrl, started);
  } finally {
    await stopAll();
    const log = join(work, 'nginx-error.log');
    if (existsSync(log)) console.log(readFileSync(log, 'utf8').trim());
    rmSync(work, { recursive: true, force: true });
  }
}

async function measure(work: string, cachedUrl: string, uncachedUrl: string, started: ChildProcess[]): Promise<void> {
  const nginxPort = await freePort();

  const bytes = Buffer.from(await (await fetch(cachedUrl)).arrayBuffer());
  const htmlRoot = join(work, 'nginx-root');
  mkdirSync(join(htmlRoot, 'p'), { recursive: true });
  // nginx's worker drops to an unprivileged user: it must be able to read the file.
  for (const dir of [work, htmlRoot, join(htmlRoot, 'p')]) chmodSync(dir, 0o755);
  writeFileSync(join(htmlRoot, 'p/fixture.html'), bytes);
  writeFileSync(join(work, 'nginx.conf'), `
worker_processes 1;
daemon off;
error_log ${work}/nginx-error.log;
pid ${work}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${work}/tmp; proxy_temp_path ${work}/tmp; fastcgi_temp_path ${work}/tmp;
  uwsgi_temp_path ${work}/tmp; scgi_temp_path ${work}/tmp;
  server {
    listen 127.0.0.1:${nginxPort};
    root ${htmlRoot};
    default_type text/html;
  }
}`);
  mkdirSync(join(work, 'tmp'));
  const nginxUrl = `http://127.0.0.1:${nginxPort}/p/fixture.html`;
  started.push(await startAndWait('nginx', ['-c', join(work, 'nginx.conf'), '-e', join(work, 'nginx-error.log')], nginxUrl));
  {
    const loadBefore = loadavg().map((n) => Math.round(n * 100) / 100);
    // Warm up each target before measuring.
    for (const url of [cachedUrl, uncachedUrl, nginxUrl]) await runWrk(url, { connections: 10, seconds: 2 });
    const results: Record<string, WrkResult> = {};
    results.nginx = await runWrk(nginxUrl, { connections: CONNECTIONS, seconds: SECONDS });
    results.cached = await runWrk(cachedUrl, { connections: CONNECTIONS, seconds: SECONDS });
    results.uncached = await runWrk(uncachedUrl, { connections: CONNECTIONS, seconds: SECONDS });
    results.uncachedSingle = await runWrk(uncachedUrl, { connections: 1, seconds: SECONDS, threads: 1 });
    const summary = {
      measuredAt: new Date().toISOString(),
      page: FIXTURE_PATH,
      pageBytes: bytes.length,
      node: process.version,
      loadAverageBefore: loadBefore,
      wrk: `${CONNECTIONS} connections, ${SECONDS} s`,
      results,
      cachedToNginx: Number((results.cached.requestsPerSecond / results.nginx.requestsPerSecond).toFixed(3)),
      uncachedRenderP50Ms: results.uncachedSingle.p50Ms,
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/site-throughput.json'), `${JSON.stringify(summary, null, 2)}\n`);
    console.table(Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { 'req/s': r.requestsPerSecond, 'p50 ms': r.p50Ms, 'p99 ms': r.p99Ms, 'non-2xx': r.non2xx }])));
    console.log(`cached / nginx = ${summary.cachedToNginx}; uncached render p50 (1 connection) = ${summary.uncachedRenderP50Ms} ms`);
    if (Object.values(results).some((r) => r.non2xx > 0)) throw new Error('some responses were not 2xx; see the table');
  }
}

await main();
