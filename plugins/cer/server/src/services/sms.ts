// SMS sending through the provider chosen by configuration (FEATURES C5): `outbox` (default)
// stores each message in sms_messages, visible read-only to functional admins; `http` sends it
// to a Brevo-style gateway and keeps a trace there without the text (it carries a code).
// Never logs a text nor a code.
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { createSmsProvider, type ConfiguredSmsProvider } from '../../../domain/adapters/sms/create-sms-provider';
import type { SmsMessage } from '../../../domain/adapters/sms/sms-provider.type';
import { insertRow, placeholders, rowsOf, type Knex } from './sql';

export const SMS_UID = 'plugin::cer.sms-message';

// Rows per INSERT of the outbox: 9 columns × 500 bindings stays far below SQLite's variable limit.
const OUTBOX_BATCH = 500;

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

    /**
     * Many messages at once (the appointment reminder job): the outbox stores them with one
     * INSERT per batch; the gateway is still called once per message. One answer per message, in
     * order: a refused message does not stop the others.
     */
    async sendMany(messages: ReadonlyArray<{ to: string; text: string }>): Promise<Array<{ ok: true; id: string } | { ok: false; error: string }>> {
      const { kind, sender: name } = provider();
      if (kind !== 'outbox') {
        const answers: Array<{ ok: true; id: string } | { ok: false; error: string }> = [];
        for (const m of messages) {
          try {
            answers.push({ ok: true, ...(await this.send(m.to, m.text)) });
          } catch (error) {
            answers.push({ ok: false, error: String((error as Error).message) });
          }
        }
        return answers;
      }
      const now = new Date();
      const rows = messages.map((m) => ({ document_id: documentId(), to: m.to, sender: name, text: m.text, provider: 'outbox', status: 'stored', created_at: now, updated_at: now, published_at: now }));
      const ids = new Map<string, string>();
      for (let i = 0; i < rows.length; i += OUTBOX_BATCH) {
        const batch = rows.slice(i, i + OUTBOX_BATCH);
        const columns = Object.keys(batch[0]);
        const stored = rowsOf<{ id: unknown; document_id: string }>(
          await knex().raw(
            `INSERT INTO sms_messages (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${batch.map(() => `(${placeholders(columns)})`).join(', ')} RETURNING id, document_id`,
            batch.flatMap((r) => columns.map((c) => r[c as keyof typeof r])),
          ),
        );
        for (const r of stored) ids.set(r.document_id, String(r.id));
      }
      return rows.map((r) => ({ ok: true as const, id: ids.get(r.document_id) as string }));
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
