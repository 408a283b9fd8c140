// The HTTP SMS provider (Brevo-style) chosen by configuration, against a local fake gateway.
import { createServer, type IncomingHttpHeaders, type Server } from 'http';
import type { AddressInfo } from 'net';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, createCer, type World } from './cer-world';

type Received = { url: string; headers: IncomingHttpHeaders; body: Record<string, string> };

let app: TestApp;
let world: World;
let gateway: Server;
const received: Received[] = [];
let status = 201;

beforeAll(async () => {
  gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(body) });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status < 300 ? JSON.stringify({ messageId: 4242 + received.length }) : '{"message":"boom"}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.address() as AddressInfo;
  app = await startTestApp({
    APP_TODAY: '2024-05-15',
    SMS_PROVIDER: 'http',
    SMS_HTTP_URL: `http://127.0.0.1:${port}/v3/transactionalSMS/send`,
    SMS_HTTP_API_KEY: 'cle-de-test',
    SMS_SENDER: 'CD Ardeche',
  });
  world = await buildWorld(app);
});
afterAll(async () => {
  for (const name of ['APP_TODAY', 'SMS_PROVIDER', 'SMS_HTTP_URL', 'SMS_HTTP_API_KEY', 'SMS_SENDER']) delete process.env[name];
  await app?.stop();
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
});

test('the code goes to the gateway; the outbox keeps a trace without the text; the code signs', async () => {
  const cer = await createCer(world, { number: 1 }, 1);
  const started = await world.call('referent', 'POST', `/cers/${cer.id}/signature`);
  expect(started.status).toBe(201);
  expect(received).toHaveLength(1);
  const [request] = received;
  expect(request.url).toBe('/v3/transactionalSMS/send');
  expect(request.headers['api-key']).toBe('cle-de-test');
  expect(request.body).toMatchObject({ sender: 'CD Ardeche', recipient: '33612345678', type: 'transactional' });
  const code = /(\d{6})/.exec(request.body.content)?.[1] as string;
  expect(code).toMatch(/^\d{6}$/);
  const [trace] = await world.sql<{ provider: string; status: string; text: string }>('SELECT provider, status, text FROM sms_messages ORDER BY id DESC LIMIT 1');
  expect(trace).toMatchObject({ provider: 'http', status: 'sent' });
  expect(trace.text).not.toContain(code);
  const signed = await world.call('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code });
  expect(signed.status).toBe(200);
}, 120_000);

test('a failing gateway gives a French 503 and no pending signature', async () => {
  status = 503;
  const cer = await createCer(world, { number: 2 }, 1);
  const started = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/signature`);
  expect(started.status).toBe(503);
  expect(started.body.message).toMatch(/fournisseur SMS est indisponible/);
  const rows = await world.sql<{ status: string; cancel_reason: string }>('SELECT status, cancel_reason FROM cer_signatures WHERE cer_id = ?', [cer.id]);
  expect(rows).toEqual([{ status: 'cancelled', cancel_reason: 'sms_failed' }]);
  const [trace] = await world.sql<{ status: string }>('SELECT status FROM sms_messages ORDER BY id DESC LIMIT 1');
  expect(trace.status).toBe('failed');
});
