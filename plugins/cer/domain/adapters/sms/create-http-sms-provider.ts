import { toInternationalDigits } from '../../signature/french-phone';
import type { SmsProvider } from './sms-provider.type';
import { SmsSendError } from './sms-send.error';

export type HttpSmsProviderOptions = {
  // e.g. Brevo's https://api.brevo.com/v3/transactionalSMS/send
  url: string;
  apiKey: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
};

const messageIdOf = (body: unknown): string | null => {
  if (typeof body !== 'object' || body === null) return null;
  const { messageId, reference } = body as { messageId?: unknown; reference?: unknown };
  for (const value of [messageId, reference]) {
    if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return String(value);
  }
  return null;
};

// A transactional SMS gateway speaking Brevo's API: POST JSON, key in the `api-key` header,
// 201 (or 200) with a `messageId`.
export const createHttpSmsProvider = (options: HttpSmsProviderOptions): SmsProvider => {
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    send: async (message) => {
      const recipient = toInternationalDigits(message.to);
      if (recipient === null) {
        throw new SmsSendError('invalid_recipient', "Le numéro du destinataire n'est pas un numéro de téléphone français valide.");
      }
      let response: Response;
      try {
        response = await fetchImpl(options.url, {
          method: 'POST',
          headers: { 'api-key': options.apiKey, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ sender: message.sender, recipient, content: message.text, type: 'transactional' }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch {
        throw new SmsSendError('unavailable', "Le fournisseur SMS est injoignable : l'envoi sera à refaire.");
      }
      const raw = await response.text().catch(() => '');
      if (response.status === 401 || response.status === 403) {
        throw new SmsSendError('misconfigured', `Le fournisseur SMS refuse la clé d'API (HTTP ${response.status}).`, response.status);
      }
      if (response.status === 429 || response.status >= 500) {
        throw new SmsSendError('unavailable', `Le fournisseur SMS est indisponible (HTTP ${response.status}) : l'envoi sera à refaire.`, response.status);
      }
      if (!response.ok) {
        throw new SmsSendError('rejected', `Le fournisseur SMS a refusé l'envoi (HTTP ${response.status}).`, response.status);
      }
      let id: string | null;
      try {
        id = messageIdOf(JSON.parse(raw));
      } catch {
        id = null; // not JSON: the sending is not confirmed
      }
      if (id === null) {
        throw new SmsSendError('invalid_response', "Réponse inattendue du fournisseur SMS : l'envoi n'est pas confirmé.", response.status);
      }
      return { id };
    },
  };
};
