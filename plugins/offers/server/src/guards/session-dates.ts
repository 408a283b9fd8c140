// O3: a session runs inside its offer's period (domain checkSessionDates). Checked after the row
// and its offer relation are written — inside the document service's transaction, so a refusal
// rolls the save back — because before the write the relation is still in the admin panel's
// connect/disconnect form. The admin panel shows the ApplicationError's French message.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkSessionDates } from '../../../domain';

const SESSION = 'api::offer-session.offer-session';

type SessionRow = { id: number; startDate: string | null; endDate: string | null; offer: { title: string; startDate: string; endDate: string } | null };

const day = (value: unknown): string | null => (value === null || value === undefined ? null : String(value).slice(0, 10));

export const guardSessionDates = (strapi: Core.Strapi): void => {
  const check = async (id: unknown) => {
    const row = (await strapi.db.query(SESSION as never).findOne({ where: { id }, populate: { offer: true } } as never)) as unknown as SessionRow | null;
    if (!row) return;
    const offer = row.offer ? { title: row.offer.title, start: day(row.offer.startDate) ?? '', end: day(row.offer.endDate) ?? '' } : null;
    const verdict = checkSessionDates(offer, { start: day(row.startDate), end: day(row.endDate) });
    if (!verdict.ok) throw new errors.ApplicationError(verdict.message);
  };
  strapi.db.lifecycles.subscribe({
    models: [SESSION],
    async afterCreate(event) {
      await check((event.result as { id?: number } | undefined)?.id);
    },
    async afterUpdate(event) {
      await check((event.result as { id?: number } | undefined)?.id);
    },
  });
};
