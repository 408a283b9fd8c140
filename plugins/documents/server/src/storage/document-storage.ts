// Where the bytes of the file's documents live: never under the public uploads folder, only
// reachable through the console API. Keys are chosen by the server (`<file id>/<uuid>`), never
// from a name the user typed.
export interface DocumentStorage {
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

export const isSafeKey = (key: string): boolean => /^[0-9]+\/[0-9a-f-]{36}$/.test(key);

export const assertSafeKey = (key: string): void => {
  if (!isSafeKey(key)) throw new Error(`Clé de stockage invalide : ${key}`);
};
