import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CompiledPdf } from './typst-compiler.js';

/**
 * Typst compiles in a child process that is replaced after a number of
 * documents. The compiler keeps memory for every distinct document it has
 * laid out (about 1 MB for a commentary), and neither `evictCache` nor a new
 * compiler object in the same process gives it back (measured with
 * typst-ts-node-compiler 0.7.0); only ending the process does. A server that
 * re-renders on every edit, or `imprint pdf --all` over an archive, would
 * otherwise grow without bound.
 */
/** How many documents before the switch the next child is started and warmed. */
const WARM_AHEAD = 3;

export interface PdfCompilerProcessOptions {
  /** Documents one child compiles before it is replaced. */
  maxDocuments?: number;
}

interface Pending {
  resolve: (result: CompiledPdf) => void;
  reject: (error: Error) => void;
}

interface Worker {
  child: ChildProcess;
  sent: number;
  pending: Map<number, Pending>;
}

type Reply =
  | { id: number; ok: true; pdf: Uint8Array; pageCount: number; timings: CompiledPdf['timings'] }
  | { id: number; ok: false; message: string };

const here = fileURLToPath(import.meta.url);
/** Beside this module: `.ts` when run from source (through tsx), `.js` when compiled. */
const WORKER_FILE = join(dirname(here), basename(here).replace(/^pdf-compiler-process/, 'pdf-compiler-worker'));

function workerExecArgv(): string[] {
  if (!WORKER_FILE.endsWith('.ts')) return [];
  const loader = createRequire(import.meta.url).resolve('tsx');
  return ['--import', pathToFileURL(loader).href];
}

/** An idle child (and its IPC channel) must not keep a finished CLI or test process running. */
function hold(child: ChildProcess, isBusy: boolean): void {
  if (isBusy) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}

export class PdfCompilerProcess {
  private readonly maxDocuments: number;
  private worker: Worker | null = null;
  /** The next child, started and warmed shortly before the current one is replaced. */
  private standby: Worker | null = null;
  private nextId = 1;

  constructor(options: PdfCompilerProcessOptions = {}) {
    this.maxDocuments = options.maxDocuments ?? 100;
  }

  compile(files: Map<string, Buffer>): Promise<CompiledPdf> {
    const worker = this.currentWorker();
    // Start the next child a few documents early and warm it with this one,
    // so the switch costs no cold start (fonts, template) in anyone's request.
    if (!this.standby && worker.sent >= this.maxDocuments - WARM_AHEAD) {
      const standby = this.spawn();
      this.standby = standby;
      this.send(standby, files).catch(() => undefined);
    }
    return this.send(worker, files);
  }

  /** The current child's process id, if one is running (for tests and operators). */
  get pid(): number | undefined {
    return this.worker?.child.pid;
  }

  /** Let the children go; each exits once its queue is done. */
  close(): void {
    for (const worker of [this.worker, this.standby]) if (worker) this.retire(worker);
    this.worker = null;
    this.standby = null;
  }

  private currentWorker(): Worker {
    if (this.worker && this.worker.sent >= this.maxDocuments) {
      this.retire(this.worker);
      this.worker = this.standby;
      this.standby = null;
    }
    this.worker ??= this.spawn();
    return this.worker;
  }

  private send(worker: Worker, files: Map<string, Buffer>): Promise<CompiledPdf> {
    const id = this.nextId++;
    worker.sent += 1;
    return new Promise<CompiledPdf>((resolve, reject) => {
      worker.pending.set(id, { resolve, reject });
      // Keep the parent alive while a document is on its way back.
      hold(worker.child, true);
      worker.child.send({ id, files: [...files] }, (error) => {
        if (error) this.settle(worker, id, () => reject(error));
      });
    });
  }

  private spawn(): Worker {
    const child = fork(WORKER_FILE, [], {
      execArgv: workerExecArgv(),
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const worker: Worker = { child, sent: 0, pending: new Map() };
    child.on('message', (reply: Reply) => {
      this.settle(worker, reply.id, (pending) => {
        if (reply.ok) {
          const pdf = Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength);
          pending.resolve({ pdf, pageCount: reply.pageCount, timings: reply.timings });
        } else {
          pending.reject(new Error(reply.message));
        }
      });
    });
    child.on('exit', (code, signal) => {
      const error = new Error(`The PDF compiler process ended (${signal ?? `exit code ${code}`}) before it answered`);
      for (const id of [...worker.pending.keys()]) this.settle(worker, id, (pending) => pending.reject(error));
      if (this.worker === worker) this.worker = null;
      if (this.standby === worker) this.standby = null;
    });
    hold(child, false);
    return worker;
  }

  private settle(worker: Worker, id: number, action: (pending: Pending) => void): void {
    const pending = worker.pending.get(id);
    if (!pending) return;
    worker.pending.delete(id);
    if (worker.pending.size === 0) hold(worker.child, false);
    action(pending);
  }

  /** Close the channel: the child finishes what it was sent, then exits on `disconnect`. */
  private retire(worker: Worker): void {
    if (worker.pending.size === 0) {
      if (worker.child.connected) worker.child.disconnect();
      return;
    }
    const check = (): void => {
      if (worker.pending.size === 0 && worker.child.connected) worker.child.disconnect();
    };
    worker.child.on('message', () => setImmediate(check));
  }
}
