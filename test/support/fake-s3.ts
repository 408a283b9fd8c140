// A small S3-compatible server for tests (path-style PUT / GET / DELETE of objects, signed
// requests required), so that the real S3 adapter talks HTTP to something.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeS3 = { endpoint: string; objects: Map<string, Buffer>; requests: Array<{ method: string; path: string; authorization: string }>; close(): Promise<void> };

export const startFakeS3 = async (bucket: string): Promise<FakeS3> => {
  const objects = new Map<string, Buffer>();
  const requests: FakeS3['requests'] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      const authorization = String(request.headers.authorization ?? '');
      requests.push({ method: request.method ?? '', path: url.pathname, authorization });
      const prefix = `/${bucket}/`;
      if (!authorization.startsWith('AWS4-HMAC-SHA256 ') || !url.pathname.startsWith(prefix)) {
        response.writeHead(403, { 'Content-Type': 'application/xml' }).end('<Error><Code>AccessDenied</Code></Error>');
        return;
      }
      const key = decodeURIComponent(url.pathname.slice(prefix.length));
      if (request.method === 'PUT') {
        objects.set(key, Buffer.concat(chunks));
        response.writeHead(200, { ETag: '"fake"' }).end();
      } else if (request.method === 'GET') {
        const body = objects.get(key);
        if (!body) response.writeHead(404, { 'Content-Type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
        else response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) }).end(body);
      } else if (request.method === 'DELETE') {
        objects.delete(key);
        response.writeHead(204).end();
      } else {
        response.writeHead(405).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, objects, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
};
