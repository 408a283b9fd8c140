// S3-compatible object storage (MinIO, Garage, Scaleway, OVH, AWS…), so that several instances
// share the documents: DOCUMENTS_S3_BUCKET plus, for anything but AWS, DOCUMENTS_S3_ENDPOINT
// (path-style addressing). Objects are private (no ACL is ever set; the bucket must not be public).
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { assertSafeKey, type DocumentStorage } from './document-storage';

export type S3StorageConfig = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  prefix: string;
  forcePathStyle: boolean;
};

export const s3ConfigFromEnv = (env: NodeJS.ProcessEnv): S3StorageConfig | null => {
  const bucket = env.DOCUMENTS_S3_BUCKET?.trim();
  if (!bucket) return null;
  const endpoint = env.DOCUMENTS_S3_ENDPOINT?.trim() || undefined;
  return {
    bucket,
    endpoint,
    region: env.DOCUMENTS_S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.DOCUMENTS_S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.DOCUMENTS_S3_SECRET_ACCESS_KEY || undefined,
    prefix: (env.DOCUMENTS_S3_PREFIX ?? 'documents/').replace(/^\/+/, ''),
    forcePathStyle: env.DOCUMENTS_S3_FORCE_PATH_STYLE ? env.DOCUMENTS_S3_FORCE_PATH_STYLE === 'true' : Boolean(endpoint),
  };
};

export const createS3Storage = (config: S3StorageConfig): DocumentStorage => {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    // Plain PUT bodies with a Content-MD5-free checksum only when the server requires one:
    // S3-compatible servers do not all understand the SDK's streaming checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(config.accessKeyId && config.secretAccessKey ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } } : {}),
  });
  const objectKey = (key: string): string => {
    assertSafeKey(key);
    return `${config.prefix}${key}`;
  };
  return {
    kind: 's3',
    async put(key, bytes) {
      await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: objectKey(key), Body: bytes, ContentType: 'application/octet-stream', ContentLength: bytes.length }));
    },
    async get(key) {
      const answer = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
      if (!answer.Body) throw new Error('Objet vide');
      return Buffer.from(await answer.Body.transformToByteArray());
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
    },
  };
};
