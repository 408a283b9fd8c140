// Offers, their sessions and operators as the console reads them (CONTRACT.md `offers`): the
// CMS content (api::offer, api::offer-session, api::structure) through Strapi's query engine —
// relations, so a renamed offer or operator shows renamed everywhere at once — with the places
// taken counted from the positionnements (every one not refused holds a place).
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser, hasProfile } from '@rsa/console-kit';
import { foldForSearch as fold } from '@rsa/vocabulary';
import { fillRate, placesLeft, type OfferFacts, type SessionFacts } from '../../../domain';
import { rowsOf, toNumber, type Knex } from './sql';

const OFFER = 'api::offer.offer';

type RawOffer = {
  id: number;
  title: string;
  active: boolean | null;
  startDate: string;
  endDate: string;
  bySessions: boolean | null;
  capacity: number | null;
  description: string | null;
  signatory: string | null;
  dispositif: string | null;
  partnerRequired: boolean | null;
  attendanceRequired: boolean | null;
  operator: { id: number; code: string; name: string } | null;
  commune: { inseeCode: string; name: string } | null;
  classifications: Array<{ id: number; name: string }> | null;
  sessions: Array<{ id: number; label: string | null; startDate: string; endDate: string; capacity: number; active: boolean | null }> | null;
};

export type SessionView = { id: number; label: string | null; start: string; end: string; capacity: number; active: boolean; taken: number; placesLeft: number | null; fillRate: number | null };

export type OfferView = {
  id: number;
  title: string;
  operator: string | null;
  operatorName: string | null;
  start: string;
  end: string;
  active: boolean;
  bySessions: boolean;
  capacity: number | null;
  description: string | null;
  signatory: string | null;
  dispositif: string | null;
  partnerRequired: boolean;
  attendanceRequired: boolean;
  commune: string | null;
  communeName: string | null;
  classifications: Array<{ id: number; name: string }>;
  sessions: SessionView[];
  taken: number;
  placesLeft: number | null;
  fillRate: number | null;
};

const day = (value: unknown): string => String(value ?? '').slice(0, 10);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;

  const takenCounts = async (offerIds: number[]) => {
    const byOffer = new Map<number, number>();
    const bySession = new Map<number, number>();
    if (offerIds.length === 0) return { byOffer, bySession };
    const rows = rowsOf<{ offer_id: number; session_id: number | null; n: unknown }>(
      await knex().raw(
        `SELECT offer_id, session_id, COUNT(*) AS n FROM positionnements WHERE state <> 'refuse' AND offer_id IN (${offerIds.map(() => '?').join(', ')}) GROUP BY offer_id, session_id`,
        offerIds,
      ),
    );
    for (const r of rows) {
      byOffer.set(Number(r.offer_id), (byOffer.get(Number(r.offer_id)) ?? 0) + toNumber(r.n));
      if (r.session_id !== null && r.session_id !== undefined) bySession.set(Number(r.session_id), toNumber(r.n));
    }
    return { byOffer, bySession };
  };

  const toView = (o: RawOffer, counts: Awaited<ReturnType<typeof takenCounts>>): OfferView => {
    const sessions = (o.sessions ?? [])
      .map((s): SessionView => {
        const taken = counts.bySession.get(s.id) ?? 0;
        return { id: s.id, label: s.label ?? null, start: day(s.startDate), end: day(s.endDate), capacity: Number(s.capacity ?? 0), active: s.active !== false, taken, placesLeft: placesLeft(taken, Number(s.capacity ?? 0)), fillRate: fillRate(taken, Number(s.capacity ?? 0)) };
      })
      .sort((a, b) => a.start.localeCompare(b.start) || a.id - b.id);
    const taken = counts.byOffer.get(o.id) ?? 0;
    const bySessions = o.bySessions === true;
    const capacity = bySessions ? sessions.filter((s) => s.active).reduce((sum, s) => sum + s.capacity, 0) : o.capacity ?? null;
    return {
      id: o.id,
      title: o.title,
      operator: o.operator?.code ?? null,
      operatorName: o.operator?.name ?? null,
      start: day(o.startDate),
      end: day(o.endDate),
      active: o.active !== false,
      bySessions,
      capacity,
      description: o.description ?? null,
      signatory: o.signatory ?? null,
      dispositif: o.dispositif ?? null,
      partnerRequired: o.partnerRequired === true,
      attendanceRequired: o.attendanceRequired === true,
      commune: o.commune?.inseeCode ?? null,
      communeName: o.commune?.name ?? null,
      classifications: (o.classifications ?? []).map((c) => ({ id: c.id, name: c.name })),
      sessions,
      taken,
      placesLeft: placesLeft(taken, capacity),
      fillRate: fillRate(taken, capacity),
    };
  };

  const load = async (where: Record<string, unknown>): Promise<OfferView[]> => {
    const offers = (await strapi.db.query(OFFER as never).findMany({
      where,
      populate: { operator: true, commune: true, classifications: true, sessions: true },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    } as never)) as unknown as RawOffer[];
    const counts = await takenCounts(offers.map((o) => o.id));
    return offers.map((o) => toView(o, counts));
  };

  const isOperatorOf = (user: ConsoleUser, offer: Pick<OfferView, 'operator'>): boolean =>
    hasProfile(user, 'operateur') && user.structureCode !== null && offer.operator === user.structureCode;

  return {
    isOperatorOf,

    /** One offer, deactivated ones included (history); null when it does not exist. */
    async find(id: number): Promise<OfferView | null> {
      if (!Number.isInteger(id) || id <= 0) return null;
      const [offer] = await load({ id });
      return offer ?? null;
    },

    async require(id: number): Promise<OfferView> {
      const offer = await this.find(id);
      if (!offer) throw new ConsoleError(404, 'Offre introuvable.');
      return offer;
    },

    facts(offer: OfferView): OfferFacts {
      return { id: offer.id, title: offer.title, active: offer.active, start: offer.start, end: offer.end, bySessions: offer.bySessions, capacity: offer.bySessions ? null : offer.capacity };
    },

    sessionFacts(offer: OfferView, sessionId: number | null): SessionFacts | null {
      const s = offer.sessions.find((candidate) => candidate.id === sessionId);
      if (s) return { id: s.id, offerId: offer.id, active: s.active, start: s.start, end: s.end, capacity: s.capacity };
      return null;
    },

    /**
     * The catalogue (référents) and the operator's own offers: active offers, or with
     * `filter.mine` the caller's structure's offers (deactivated ones too). Filters: `q` (title),
     * `classification` (id), `commune` (INSEE code or name), `operator` (code), `from` / `to`
     * (offers running during that period), `available` (places left).
     */
    async list(user: ConsoleUser, filter: Record<string, unknown>): Promise<OfferView[]> {
      const mine = filter.mine === true || filter.mine === 'true';
      if (mine && !hasProfile(user, 'operateur')) throw new ConsoleError(403, 'Seuls les opérateurs ont des offres à eux.');
      let offers = await load(mine ? {} : { active: true });
      if (mine) offers = offers.filter((o) => isOperatorOf(user, o));
      const q = typeof filter.q === 'string' && filter.q.trim() !== '' ? fold(filter.q.trim()) : null;
      if (q) offers = offers.filter((o) => fold(o.title).includes(q) || fold(o.operatorName ?? '').includes(q));
      const classification = Number(filter.classification);
      if (filter.classification !== undefined && filter.classification !== '' && Number.isInteger(classification)) {
        offers = offers.filter((o) => o.classifications.some((c) => c.id === classification));
      }
      if (typeof filter.commune === 'string' && filter.commune !== '') {
        const c = fold(filter.commune);
        offers = offers.filter((o) => o.commune === filter.commune || fold(o.communeName ?? '') === c);
      }
      if (typeof filter.operator === 'string' && filter.operator !== '') offers = offers.filter((o) => o.operator === filter.operator);
      if (typeof filter.from === 'string' && filter.from !== '') offers = offers.filter((o) => o.end >= String(filter.from));
      if (typeof filter.to === 'string' && filter.to !== '') offers = offers.filter((o) => o.start <= String(filter.to));
      // react-admin's getMany (a picker showing its chosen offers) asks by ids.
      if (Array.isArray(filter.id)) {
        const wanted = new Set(filter.id.map(Number));
        offers = offers.filter((o) => wanted.has(o.id));
      }
      if (filter.available === true || filter.available === 'true') offers = offers.filter((o) => o.placesLeft === null || o.placesLeft > 0);
      return offers;
    },

    /** Every offer, deactivated ones included (reports of cadres and siège). */
    all: (): Promise<OfferView[]> => load({}),

    /** Offer ids of the operator's structure (what an opérateur answers for). */
    async operatorOfferIds(user: ConsoleUser): Promise<number[]> {
      if (!hasProfile(user, 'operateur') || !user.structureCode) return [];
      const rows = (await strapi.db.query(OFFER as never).findMany({ where: { operator: { code: user.structureCode } }, select: ['id'] } as never)) as unknown as Array<{ id: number }>;
      return rows.map((r) => r.id);
    },
  };
};
