import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpSmsProvider } from './create-http-sms-provider';
import { createOutboxProvider } from './create-outbox-provider';
import { createSmsProvider } from './create-sms-provider';
import type { SmsMessage } from './sms-provider.type';
import { SmsSendError } from './sms-send.error';

type Recorded = { method: string; url: string; headers: IncomingHttpHeaders; body: string };
type Reply = { status: number; body: string } | 'hang';

// A tiny stand-in for the SMS gateway: records every request, answers what the test says.
const startFakeGateway = async () => {
  const requests: Recorded[] = [];
  let reply: Reply = { status: 201, body: '{"messageId":1}' };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (reply === 'hang') return;
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v3/transactionalSMS/send`,
    requests,
    answer: (next: Reply) => {
      reply = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

type Gateway = Awaited<ReturnType<typeof startFakeGateway>>;

const MESSAGE: SmsMessage = {
  to: '06 12 34 56 78',
  text: "Votre code de signature du contrat d'engagement réciproque : 123456. Il expire dans 10 minutes.",
  sender: 'CD Ardeche',
};

let gateway: Gateway;
let consoleSpies: jest.SpyInstance[];

beforeAll(async () => {
  gateway = await startFakeGateway();
});
afterAll(() => gateway.close());
beforeEach(() => {
  gateway.requests.length = 0;
  consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => jest.spyOn(console, method));
});
afterEach(() => {
  // Nothing is ever logged: the text holds a one-time code, the number is personal data.
  for (const spy of consoleSpies) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

const sendExpectingError = async (provider = createHttpSmsProvider({ url: gateway.url, apiKey: 'k' })): Promise<SmsSendError> => {
  try {
    await provider.send(MESSAGE);
  } catch (error) {
    expect(error).toBeInstanceOf(SmsSendError);
    const smsError = error as SmsSendError;
    for (const secret of ['123456', '0612345678', '33612345678', '06 12 34 56 78', 'leak']) {
      expect(smsError.message).not.toContain(secret);
      expect(JSON.stringify(smsError)).not.toContain(secret);
    }
    return smsError;
  }
  throw new Error('send should have failed');
};

describe('createHttpSmsProvider', () => {
  test('posts a Brevo-style transactional SMS and returns the message id', async () => {
    gateway.answer({ status: 201, body: '{"reference":"ab1","messageId":1511882900176220,"smsCount":1}' });
    const provider = createHttpSmsProvider({ url: gateway.url, apiKey: 'secret-key' });
    await expect(provider.send(MESSAGE)).resolves.toEqual({ id: '1511882900176220' });
    expect(gateway.requests).toHaveLength(1);
    const [request] = gateway.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/v3/transactionalSMS/send' });
    expect(request?.headers['api-key']).toBe('secret-key');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      sender: 'CD Ardeche',
      recipient: '33612345678',
      content: MESSAGE.text,
      type: 'transactional',
    });
  });

  test('accepts 200 and falls back on the reference', async () => {
    gateway.answer({ status: 200, body: '{"reference":"ref-42"}' });
    await expect(createHttpSmsProvider({ url: gateway.url, apiKey: 'k' }).send(MESSAGE)).resolves.toEqual({ id: 'ref-42' });
  });

  test.each<[number, string, string, boolean]>([
    [400, 'rejected', '{"code":"invalid_parameter","message":"leak 33612345678 123456"}', false],
    [401, 'misconfigured', '{"message":"Key not found"}', false],
    [403, 'misconfigured', '{}', false],
    [429, 'unavailable', '{}', true],
    [500, 'unavailable', 'leak', true],
    [503, 'unavailable', '', true],
  ])('HTTP %i → %s', async (status, code, body, retryable) => {
    gateway.answer({ status, body });
    const error = await sendExpectingError();
    expect(error).toMatchObject({ code, status });
    expect(error.retryable).toBe(retryable);
    expect(error.message).toContain(`HTTP ${status}`);
  });

  test.each(['not json', '{}', '{"messageId":""}'])('2xx without a message id (%j) is not a confirmation', async (body) => {
    gateway.answer({ status: 201, body });
    expect(await sendExpectingError()).toMatchObject({ code: 'invalid_response' });
  });

  test('network error', async () => {
    const closed = await startFakeGateway();
    await closed.close();
    const error = await sendExpectingError(createHttpSmsProvider({ url: closed.url, apiKey: 'k' }));
    expect(error).toMatchObject({ code: 'unavailable', message: "Le fournisseur SMS est injoignable : l'envoi sera à refaire." });
  });

  test('a gateway that never answers times out', async () => {
    gateway.answer('hang');
    const error = await sendExpectingError(createHttpSmsProvider({ url: gateway.url, apiKey: 'k', timeoutMs: 200 }));
    expect(error.code).toBe('unavailable');
  });

  test('a number that is not French is refused before any request', async () => {
    const provider = createHttpSmsProvider({ url: gateway.url, apiKey: 'k' });
    await expect(provider.send({ ...MESSAGE, to: '+44 7700 900123' })).rejects.toMatchObject({ code: 'invalid_recipient' });
    expect(gateway.requests).toHaveLength(0);
  });

  test('fetchImpl can be injected', async () => {
    const fetchImpl = jest.fn(async () => new Response('{"messageId":7}', { status: 201 }));
    await expect(createHttpSmsProvider({ url: 'https://sms.example/send', apiKey: 'k', fetchImpl }).send(MESSAGE)).resolves.toEqual({ id: '7' });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});

describe('createOutboxProvider', () => {
  test('stores the message and returns the stored id', async () => {
    const stored: SmsMessage[] = [];
    const provider = createOutboxProvider(async (message) => {
      stored.push(message);
      return `outbox-${stored.length}`;
    });
    await expect(provider.send(MESSAGE)).resolves.toEqual({ id: 'outbox-1' });
    expect(stored).toEqual([MESSAGE]);
  });
});

describe('createSmsProvider', () => {
  const outboxStore = async (): Promise<string> => 'stored-id';

  test.each<[string, Record<string, string>, 'outbox' | 'http', string]>([
    ['nothing set', {}, 'outbox', 'CD Ardeche'],
    ['outbox with a sender', { SMS_PROVIDER: 'outbox', SMS_SENDER: 'Ardeche' }, 'outbox', 'Ardeche'],
    ['http', { SMS_PROVIDER: 'http', SMS_HTTP_URL: 'https://api.brevo.com/v3/transactionalSMS/send', SMS_HTTP_API_KEY: 'k' }, 'http', 'CD Ardeche'],
    ['numeric sender', { SMS_SENDER: '33612345678' }, 'outbox', '33612345678'],
  ])('%s', (_name, env, kind, sender) => {
    expect(createSmsProvider(env, { outboxStore })).toMatchObject({ kind, sender });
  });

  test.each<[string, Record<string, string>, RegExp]>([
    ['unknown provider', { SMS_PROVIDER: 'carrier-pigeon' }, /^SMS_PROVIDER doit valoir/],
    ['http without url', { SMS_PROVIDER: 'http', SMS_HTTP_API_KEY: 'k' }, /SMS_HTTP_URL/],
    ['http without key', { SMS_PROVIDER: 'http', SMS_HTTP_URL: 'https://x.example' }, /SMS_HTTP_API_KEY/],
    ['http with a bad url', { SMS_PROVIDER: 'http', SMS_HTTP_URL: 'pas une url', SMS_HTTP_API_KEY: 'k' }, /SMS_HTTP_URL/],
    ['accented sender', { SMS_SENDER: 'CD Ardèche' }, /SMS_SENDER/],
    ['sender too long', { SMS_SENDER: 'Departement Ardeche' }, /SMS_SENDER/],
  ])('%s is refused', (_name, env, message) => {
    expect(() => createSmsProvider(env, { outboxStore })).toThrow(message);
  });

  test('the chosen http provider talks to SMS_HTTP_URL with SMS_HTTP_API_KEY', async () => {
    gateway.answer({ status: 201, body: '{"messageId":99}' });
    const { provider, sender } = createSmsProvider(
      { SMS_PROVIDER: 'http', SMS_HTTP_URL: gateway.url, SMS_HTTP_API_KEY: 'from-env' },
      { outboxStore },
    );
    await expect(provider.send({ ...MESSAGE, sender })).resolves.toEqual({ id: '99' });
    expect(gateway.requests[0]?.headers['api-key']).toBe('from-env');
  });
});
