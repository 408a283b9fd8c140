// SMS sending through the provider chosen by configuration (FEATURES C5): `outbox` (default)
// stores each message in sms_messages, visible read-only to functional admins; `http` sends it
// to a Brevo-style gateway and keeps a trace there without the text (it carries a code).
// Never logs a text nor a code.
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { createSmsProvider, type ConfiguredSmsProvider } from '../../../domain/adapters/sms/create-sms-provider';
import type { SmsMessage } from '../../../domain/adapters/sms/sms-provider.type';
import { insertRow, type Knex } from './sql';

export const SMS_UID = 'plugin::cer.sms-message';

const documentId = (): string => `s${randomUUID().replace(/-/g, '').slice(0, 23)}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  let configured: ConfiguredSmsProvider | null = null;

  const store = async (message: SmsMessage, provider: string, status: string): Promise<string> => {
    const now = new Date();
    const id = await insertRow(knex(), 'sms_messages', {
      document_id: documentId(),
      to: message.to,
      sender: message.sender,
      text: message.text,
      provider,
      status,
      created_at: now,
      updated_at: now,
      // Types without draft & publish are always "published" for Strapi 5's content manager.
      published_at: now,
    });
    return String(id);
  };

  const provider = (): ConfiguredSmsProvider => {
    configured ??= createSmsProvider(process.env, { outboxStore: (message) => store(message, 'outbox', 'stored') });
    return configured;
  };

  return {
    /** Reads the configuration; throws a French error at start-up when it is wrong. */
    configure(): 'outbox' | 'http' {
      configured = null;
      return provider().kind;
    },

    async send(to: string, text: string): Promise<{ id: string }> {
      const { kind, provider: sender, sender: name } = provider();
      const message: SmsMessage = { to, text, sender: name };
      if (kind === 'outbox') return sender.send(message);
      const trace: SmsMessage = { ...message, text: '(texte non conservé : envoyé par le fournisseur SMS)' };
      try {
        const sent = await sender.send(message);
        await store(trace, 'http', 'sent');
        return sent;
      } catch (error) {
        await store(trace, 'http', 'failed');
        throw error;
      }
    },
  };
};
