import path from 'node:path';
import type { DocumentStorage } from './document-storage';
import { createLocalDiskStorage } from './local-disk-storage';
import { createS3Storage, s3ConfigFromEnv } from './s3-storage';

export type { DocumentStorage } from './document-storage';
export { createLocalDiskStorage } from './local-disk-storage';
export { createS3Storage, s3ConfigFromEnv } from './s3-storage';

/** S3 when DOCUMENTS_S3_BUCKET is set, else the private folder DOCUMENTS_DIR (`<cms>/documents`). */
export const storageFromEnv = (env: NodeJS.ProcessEnv, appRoot: string): DocumentStorage => {
  const s3 = s3ConfigFromEnv(env);
  if (s3) return createS3Storage(s3);
  return createLocalDiskStorage(path.resolve(appRoot, env.DOCUMENTS_DIR?.trim() || 'documents'));
};
