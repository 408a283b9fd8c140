// A local SMTP server for tests (the outside world's mail server): accepts every message on
// 127.0.0.1 without TLS or auth and keeps it, decoded enough to read links in the text.
import type { AddressInfo } from 'net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { from: string; to: string[]; raw: string; text: string };

export type FakeSmtp = { port: number; mails: ReceivedMail[]; waitForMail(count: number, timeoutMs?: number): Promise<ReceivedMail>; stop(): Promise<void> };

// Quoted-printable bodies: soft line breaks and =XX bytes (UTF-8).
const decodeQuotedPrintable = (body: string): string => {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
};

// The text/plain part (a multipart/alternative message carries it first).
const textOf = (raw: string): string => {
  const [headers, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const boundary = headers.match(/boundary="?([^";\r\n]+)"?/i)?.[1];
  if (boundary) {
    const parts = body.split(`--${boundary}`).map((part) => part.replace(/^\r?\n/, ''));
    const plain = parts.find((part) => /^content-type:\s*text\/plain/im.test(part.split(/\r?\n\r?\n/)[0] ?? ''));
    return plain ? textOf(plain) : '';
  }
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) return decodeQuotedPrintable(body);
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
};

export const startFakeSmtp = async (): Promise<FakeSmtp> => {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          text: textOf(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    async waitForMail(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (mails.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      if (mails.length < count) throw new Error(`Courriel attendu (n° ${count}) non reçu.`);
      return mails[count - 1];
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
