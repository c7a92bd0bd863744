import { TypstPdfCompiler } from './typst-compiler.js';

/**
 * The child process that holds a Typst compiler (see pdf-compiler-process.ts).
 * It compiles one request at a time, in the order they arrive, and ends when
 * its parent lets go of it.
 */
interface CompileRequest {
  id: number;
  files: [string, Uint8Array][];
}

const compiler = new TypstPdfCompiler();

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

process.on('message', (message: CompileRequest) => {
  try {
    const result = compiler.compile(new Map(message.files.map(([path, bytes]) => [path, asBuffer(bytes)])));
    process.send?.({ id: message.id, ok: true, pdf: result.pdf, pageCount: result.pageCount, timings: result.timings });
  } catch (error) {
    process.send?.({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

process.on('disconnect', () => {
  compiler.dispose();
  process.exit(0);
});
