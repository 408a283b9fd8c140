import type { SmsMessage, SmsProvider } from './sms-provider.type';

// Sends nothing: hands each message to `store` (the server writes it to an outbox table) and
// returns the stored id. The default outside production, so demos and tests never text anyone.
export const createOutboxProvider = (store: (message: SmsMessage) => Promise<string>): SmsProvider => ({
  send: async (message) => ({ id: await store(message) }),
});
