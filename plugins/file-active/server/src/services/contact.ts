// Phone and e-mail of a file (F10), edited by the référent (own files), secretariats and cadres.
// Phones are stored in E.164; `contact_edited_at` marks data the feed no longer touches.
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { normalizeFrenchPhone, validateEmail } from '../../../domain/contact';
import { rowsOf, type Knex } from './sql';

const blank = (value: unknown): boolean => value === null || (typeof value === 'string' && value.trim() === '');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const access = () => strapi.plugin('file-active').service('file-access');

  return {
    async update(user: ConsoleUser, beneficiaryId: number, input: Record<string, unknown>) {
      await access().requireAction(user, beneficiaryId, 'contact.edit');
      if (!('phone' in input) && !('email' in input)) throw new ConsoleError(422, 'Indiquez le téléphone (phone) et/ou l’adresse e-mail (email).');
      const set: Record<string, string | null> = {};
      const errors: string[] = [];
      if ('phone' in input) {
        if (blank(input.phone)) set.phone = null;
        else if (typeof input.phone !== 'string') errors.push('Le numéro de téléphone doit être un texte.');
        else {
          const phone = normalizeFrenchPhone(input.phone);
          if (phone.ok) set.phone = phone.e164;
          else errors.push(phone.message);
        }
      }
      if ('email' in input) {
        if (blank(input.email)) set.email = null;
        else if (typeof input.email !== 'string') errors.push('L’adresse e-mail doit être un texte.');
        else {
          const email = validateEmail(input.email);
          if (email.ok) set.email = email.email;
          else errors.push(email.message);
        }
      }
      if (errors.length > 0) throw new ConsoleError(422, errors.join(' '), { errors });
      const columns = Object.keys(set);
      const now = new Date();
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        await t.raw(`UPDATE beneficiaries SET ${columns.map((c) => `${c} = ?`).join(', ')}, contact_edited_at = ?, updated_at = ? WHERE id = ?`, [
          ...columns.map((c) => set[c]), now, now, beneficiaryId,
        ]);
        // Other modules react to a new number (a pending CER signature code is void): C5.
        await t.raw('INSERT INTO file_events (beneficiary_id, kind, occurred_on, details, by_login, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
          beneficiaryId, 'contact_changed', todayInParis(), JSON.stringify({ fields: columns }), user.login, now, now,
        ]);
      });
      await strapi.plugin('file-active').service('audit').record(user, 'change:contact', beneficiaryId);
      const [row] = rowsOf<{ phone: string | null; email: string | null }>(await knex().raw('SELECT phone, email FROM beneficiaries WHERE id = ?', [beneficiaryId]));
      return {
        id: beneficiaryId,
        phone: strapi.plugin('file-active').service('search').phoneForDisplay(row?.phone ?? null),
        phoneE164: row?.phone ?? null,
        email: row?.email ?? null,
      };
    },
  };
};
