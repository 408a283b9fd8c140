// O3: a session runs inside its offer's period (domain checkSessionDates), whether the session or
// the offer is the one that changes (shortening an offer must not strand its sessions). Checked after the row
// and its offer relation are written — inside the document service's transaction, so a refusal
// rolls the save back — because before the write the relation is still in the admin panel's
// connect/disconnect form. The admin panel shows the ApplicationError's French message.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkSessionDates } from '../../../domain';

const SESSION = 'api::offer-session.offer-session';
const OFFER = 'api::offer.offer';

type OfferRow = { title: string; startDate: string | null; endDate: string | null; sessions: Array<{ label: string | null; startDate: string | null; endDate: string | null }> | null };
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
  const checkOffer = async (id: unknown) => {
    const row = (await strapi.db.query(OFFER as never).findOne({ where: { id }, populate: { sessions: true } } as never)) as unknown as OfferRow | null;
    if (!row || !row.startDate || !row.endDate) return;
    const offer = { title: row.title, start: day(row.startDate) ?? '', end: day(row.endDate) ?? '' };
    for (const session of row.sessions ?? []) {
      const verdict = checkSessionDates(offer, { start: day(session.startDate), end: day(session.endDate) });
      if (!verdict.ok) throw new errors.ApplicationError(`${verdict.message} La session « ${session.label ?? 'sans nom'} » en sortirait : changez d’abord ses dates.`);
    }
  };
  strapi.db.lifecycles.subscribe({
    models: [OFFER],
    async afterUpdate(event) {
      await checkOffer((event.result as { id?: number } | undefined)?.id);
    },
  });
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
