// Per-user preferences remembered across sessions; today the alert filter (R1): dispositif and
// situation (file active / sortis / tous), applied by every alert.
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { rowsOf, type Knex } from './sql';

export const SITUATIONS = ['file_active', 'sortis', 'tous'] as const;
export type Situation = (typeof SITUATIONS)[number];
export type AlertFilter = { programme: 'accompagnement_rsa'; situation: Situation };
export const DEFAULT_ALERT_FILTER: AlertFilter = { programme: 'accompagnement_rsa', situation: 'file_active' };

const KEY = 'alert-filter';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  return {
    async alertFilter(user: ConsoleUser): Promise<AlertFilter> {
      const [row] = rowsOf<{ value: unknown }>(await knex().raw('SELECT value FROM user_preferences WHERE login = ? AND preference = ?', [user.login, KEY]));
      if (!row) return DEFAULT_ALERT_FILTER;
      const value = (typeof row.value === 'string' ? JSON.parse(row.value) : row.value) as Partial<AlertFilter>;
      return { ...DEFAULT_ALERT_FILTER, ...value };
    },

    async setAlertFilter(user: ConsoleUser, input: Record<string, unknown>): Promise<AlertFilter> {
      const situation = (input.situation ?? DEFAULT_ALERT_FILTER.situation) as Situation;
      if (!SITUATIONS.includes(situation)) throw new ConsoleError(422, 'Situation inconnue : file active, sortis ou tous.');
      const programme = input.programme ?? DEFAULT_ALERT_FILTER.programme;
      if (programme !== 'accompagnement_rsa') throw new ConsoleError(422, 'Dispositif inconnu : seul « Accompagnement RSA » existe.');
      const value: AlertFilter = { programme, situation };
      const now = new Date();
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const updated = rowsOf<{ id: number }>(await t.raw('SELECT id FROM user_preferences WHERE login = ? AND preference = ?', [user.login, KEY]));
        if (updated.length > 0) await t.raw('UPDATE user_preferences SET value = ?, updated_at = ? WHERE id = ?', [JSON.stringify(value), now, updated[0].id]);
        else await t.raw('INSERT INTO user_preferences (login, preference, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [user.login, KEY, JSON.stringify(value), now, now]);
      });
      return value;
    },
  };
};
