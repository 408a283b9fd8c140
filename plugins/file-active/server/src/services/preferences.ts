// Per-user preferences remembered across sessions: the alert filter (R1): dispositif and
// situation (file active / sortis / tous), applied by every alert; the home page's widgets (R2).
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { checkHomeWidgets, defaultHomeWidgets } from '@rsa/vocabulary';
import { rowsOf, type Knex } from './sql';

export const SITUATIONS = ['file_active', 'sortis', 'tous'] as const;
export type Situation = (typeof SITUATIONS)[number];
export type AlertFilter = { programme: 'accompagnement_rsa'; situation: Situation };
export const DEFAULT_ALERT_FILTER: AlertFilter = { programme: 'accompagnement_rsa', situation: 'file_active' };

const KEY = 'alert-filter';
const HOME_WIDGETS = 'home-widgets';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const read = async (user: ConsoleUser, preference: string): Promise<unknown> => {
    const [row] = rowsOf<{ value: unknown }>(await knex().raw('SELECT value FROM user_preferences WHERE login = ? AND preference = ?', [user.login, preference]));
    if (!row) return undefined;
    return typeof row.value === 'string' ? JSON.parse(row.value) : row.value;
  };

  const write = async (user: ConsoleUser, preference: string, value: unknown): Promise<void> => {
    const now = new Date();
    await strapi.db.transaction(async ({ trx }) => {
      const t = trx as unknown as Knex;
      const updated = rowsOf<{ id: number }>(await t.raw('SELECT id FROM user_preferences WHERE login = ? AND preference = ?', [user.login, preference]));
      if (updated.length > 0) await t.raw('UPDATE user_preferences SET value = ?, updated_at = ? WHERE id = ?', [JSON.stringify(value), now, updated[0].id]);
      else await t.raw('INSERT INTO user_preferences (login, preference, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [user.login, preference, JSON.stringify(value), now, now]);
    });
  };

  return {
    /** The home page's widgets in the user's order; the profile's defaults until they arrange them. */
    async homeWidgets(user: ConsoleUser): Promise<{ widgets: string[]; arranged: boolean }> {
      const value = (await read(user, HOME_WIDGETS)) as { widgets?: unknown } | undefined;
      // A widget no longer open to the user's profiles (a profile withdrawn) is left out, not an error.
      if (value && Array.isArray(value.widgets)) {
        const open = value.widgets.filter((id): id is string => typeof id === 'string' && checkHomeWidgets([id], user.profiles).ok);
        return { widgets: [...new Set(open)], arranged: true };
      }
      return { widgets: defaultHomeWidgets(user.profiles), arranged: false };
    },

    async setHomeWidgets(user: ConsoleUser, input: Record<string, unknown>): Promise<{ widgets: string[]; arranged: boolean }> {
      const checked = checkHomeWidgets(input.widgets, user.profiles);
      if (!checked.ok) throw new ConsoleError(422, checked.message);
      await write(user, HOME_WIDGETS, { widgets: checked.value });
      return { widgets: checked.value, arranged: true };
    },

    async alertFilter(user: ConsoleUser): Promise<AlertFilter> {
      const value = (await read(user, KEY)) as Partial<AlertFilter> | undefined;
      return value ? { ...DEFAULT_ALERT_FILTER, ...value } : DEFAULT_ALERT_FILTER;
    },

    async setAlertFilter(user: ConsoleUser, input: Record<string, unknown>): Promise<AlertFilter> {
      const situation = (input.situation ?? DEFAULT_ALERT_FILTER.situation) as Situation;
      if (!SITUATIONS.includes(situation)) throw new ConsoleError(422, 'Situation inconnue : file active, sortis ou tous.');
      const programme = input.programme ?? DEFAULT_ALERT_FILTER.programme;
      if (programme !== 'accompagnement_rsa') throw new ConsoleError(422, 'Dispositif inconnu : seul « Accompagnement RSA » existe.');
      const value: AlertFilter = { programme, situation };
      await write(user, KEY, value);
      return value;
    },
  };
};
