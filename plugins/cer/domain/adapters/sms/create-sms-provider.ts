import { createHttpSmsProvider } from './create-http-sms-provider';
import { createOutboxProvider } from './create-outbox-provider';
import type { SmsMessage, SmsProvider } from './sms-provider.type';
import { SmsSendError } from './sms-send.error';

export type SmsEnv = Readonly<Record<string, string | undefined>>;

export type ConfiguredSmsProvider = {
  kind: 'outbox' | 'http';
  provider: SmsProvider;
  // The sender name to put on every message (SMS_SENDER).
  sender: string;
};

// Alphanumeric sender IDs: 11 characters at most and no accents, hence "CD Ardeche".
const DEFAULT_SENDER = 'CD Ardeche';
const SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$|^\d{1,15}$/;

const misconfigured = (message: string): SmsSendError => new SmsSendError('misconfigured', message);

// Chooses the SMS provider from the environment: SMS_PROVIDER=outbox (default) | http, with
// SMS_HTTP_URL and SMS_HTTP_API_KEY for http, SMS_SENDER for both. Fails at start-up, in French,
// rather than at the first SMS.
export const createSmsProvider = (
  env: SmsEnv,
  deps: { outboxStore: (message: SmsMessage) => Promise<string>; fetchImpl?: typeof fetch },
): ConfiguredSmsProvider => {
  const sender = env.SMS_SENDER?.trim() || DEFAULT_SENDER;
  if (!SENDER.test(sender)) {
    throw misconfigured(
      `SMS_SENDER (« ${sender} ») doit faire au plus 11 lettres ou chiffres sans accent, ou 15 chiffres.`,
    );
  }
  const kind = env.SMS_PROVIDER?.trim() || 'outbox';
  if (kind === 'outbox') return { kind, provider: createOutboxProvider(deps.outboxStore), sender };
  if (kind === 'http') {
    const url = env.SMS_HTTP_URL?.trim();
    const apiKey = env.SMS_HTTP_API_KEY?.trim();
    if (!url) throw misconfigured('SMS_PROVIDER=http demande SMS_HTTP_URL (adresse du service d’envoi).');
    if (!apiKey) throw misconfigured('SMS_PROVIDER=http demande SMS_HTTP_API_KEY (clé d’API du service d’envoi).');
    try {
      new URL(url);
    } catch {
      throw misconfigured(`SMS_HTTP_URL n'est pas une adresse valide.`);
    }
    return { kind, provider: createHttpSmsProvider({ url, apiKey, fetchImpl: deps.fetchImpl }), sender };
  }
  throw misconfigured(`SMS_PROVIDER doit valoir « outbox » ou « http » (reçu : « ${kind} »).`);
};
