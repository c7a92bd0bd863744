import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileStore } from '../../domain/file-store.js';

/**
 * Files in a directory (`$IMPRINT_DATA_DIR/files`), the one the site serves
 * at /files/. Several app nodes share it as a mounted volume.
 */
export function createLocalFileStore(root: string): FileStore {
  const base = resolve(root);
  const locate = (path: string): string => {
    if (!/^[a-z0-9][a-z0-9._/-]*$/i.test(path) || path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
      throw new Error(`Not a file path inside the files directory: ${path}`);
    }
    const full = resolve(base, ...path.split('/'));
    if (!full.startsWith(base + sep)) throw new Error(`Not a file path inside the files directory: ${path}`);
    return full;
  };
  return {
    async write(path, bytes) {
      const full = locate(path);
      await mkdir(dirname(full), { recursive: true });
      // Write beside, then rename: a reader never sees half a file.
      const temporary = join(dirname(full), `.${randomBytes(6).toString('hex')}.part`);
      await writeFile(temporary, bytes);
      await rename(temporary, full);
    },
    read: async (path) => new Uint8Array(await readFile(locate(path))),
    async delete(path) {
      await rm(locate(path), { force: true });
    },
    async exists(path) {
      try {
        return (await stat(locate(path))).isFile();
      } catch {
        return false;
      }
    },
  };
}
