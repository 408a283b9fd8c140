// Default storage: a private folder of the server's disk (DOCUMENTS_DIR, `cms/documents` by
// default), files readable by the server's user only, written atomically.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { assertSafeKey, type DocumentStorage } from './document-storage';

export const createLocalDiskStorage = (root: string): DocumentStorage => {
  const where = (key: string): string => {
    assertSafeKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    kind: 'local',
    async put(key, bytes) {
      const target = where(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const temporary = `${target}.${randomUUID()}.part`;
      await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
      await rename(temporary, target);
    },
    get: (key) => readFile(where(key)),
    async delete(key) {
      await rm(where(key), { force: true });
    },
  };
};
