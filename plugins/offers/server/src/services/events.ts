// Events (FEATURES O5): forums, rencontres employeurs, informations collectives, salons —
// content of the CMS (api::event, types from the configured list « Types d'événement »).
// Registration from the event or the file (one or a selection, all or nothing), capacity,
// presence confirmed from the day of the event.
import type { Core } from '@strapi/strapi';
import { ConsoleError, hasProfile, isPostgres, loadReferenceList, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { checkPresence, checkRegistration, placesLeft, type EventFacts, type Refusal } from '../../../domain';
import { eachPerson } from './each-person';
import { insertRow, rowsOf, toBool, toNumber, updateById, type Knex, type Row } from './sql';

const EVENT = 'api::event.event';
const ENROLLING = ['referent', 'referent_fse', 'secretariat', 'cadre'] as const;

type RawEvent = { id: number; title: string; type: string; date: string; place: string | null; capacity: number | null; description: string | null; active: boolean | null; operator: { code: string; name: string } | null; commune: { name: string } | null };

export type EventView = {
  id: number;
  title: string;
  type: string;
  typeLabel: string;
  date: string;
  place: string | null;
  commune: string | null;
  operator: string | null;
  operatorName: string | null;
  capacity: number | null;
  registered: number;
  placesLeft: number | null;
  active: boolean;
  description: string | null;
};

const fail = (r: Refusal, prefix = ''): ConsoleError => new ConsoleError(r.status, `${prefix}${r.message}`, r.field ? { field: r.field } : undefined);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const fileActive = () => strapi.plugin('file-active');
  const isVisible = async (user: ConsoleUser, id: number) => Boolean(await fileActive().service('beneficiaries').isVisible(user, id));
  const auditMany = (user: ConsoleUser, action: string, ids: number[]) => fileActive().service('audit').recordMany(user, action, ids);

  const load = async (where: Record<string, unknown>): Promise<EventView[]> => {
    const events = (await strapi.db.query(EVENT as never).findMany({ where, populate: { operator: true, commune: true }, orderBy: [{ date: 'asc' }, { id: 'asc' }] } as never)) as unknown as RawEvent[];
    const counts = new Map<number, number>();
    if (events.length > 0) {
      const rows = rowsOf<{ event_id: number; n: unknown }>(await knex().raw(`SELECT event_id, COUNT(*) AS n FROM event_registrations WHERE event_id IN (${events.map(() => '?').join(', ')}) GROUP BY event_id`, events.map((e) => e.id)));
      for (const r of rows) counts.set(Number(r.event_id), toNumber(r.n));
    }
    const types = new Map((await loadReferenceList(knex(), 'event_type')).map((t) => [t.code, t.label]));
    return events.map((e) => {
      const registered = counts.get(e.id) ?? 0;
      return {
        id: e.id,
        title: e.title,
        type: e.type,
        typeLabel: types.get(e.type) ?? e.type,
        date: String(e.date).slice(0, 10),
        place: e.place ?? null,
        commune: e.commune?.name ?? null,
        operator: e.operator?.code ?? null,
        operatorName: e.operator?.name ?? null,
        capacity: e.capacity ?? null,
        registered,
        placesLeft: placesLeft(registered, e.capacity ?? null),
        active: e.active !== false,
        description: e.description ?? null,
      };
    });
  };

  const find = async (id: number): Promise<EventView | null> => (Number.isInteger(id) && id > 0 ? (await load({ id }))[0] ?? null : null);
  const facts = (e: EventView): EventFacts => ({ id: e.id, title: e.title, active: e.active, date: e.date, capacity: e.capacity });
  const isOrganiser = (user: ConsoleUser, e: EventView) => hasProfile(user, 'operateur') && user.structureCode !== null && e.operator === user.structureCode;

  const presentRegistration = (r: Row, e: EventView | null) => ({
    id: Number(r.id),
    event: Number(r.event_id),
    eventTitle: e?.title ?? '',
    eventDate: e?.date ?? null,
    beneficiary: Number(r.beneficiary_id),
    beneficiaryName: `${String(r.last_name ?? '')} ${String(r.first_name ?? '')}`.trim(),
    present: r.present === null || r.present === undefined ? null : toBool(r.present),
    registeredBy: (r.registered_by_login as string | null) ?? null,
  });

  return {
    find,

    /** Active events (all with `past`), filters `q`, `type`, `from`, `to`. */
    async list(filter: Record<string, unknown>): Promise<EventView[]> {
      let events = await load({ active: true });
      const today = todayInParis();
      if (filter.past !== true && filter.past !== 'true') events = events.filter((e) => e.date >= (typeof filter.from === 'string' && filter.from ? filter.from : today));
      if (typeof filter.to === 'string' && filter.to) events = events.filter((e) => e.date <= String(filter.to));
      if (typeof filter.type === 'string' && filter.type) events = events.filter((e) => e.type === filter.type);
      if (typeof filter.q === 'string' && filter.q.trim()) {
        const q = filter.q.trim().toLowerCase();
        events = events.filter((e) => e.title.toLowerCase().includes(q));
      }
      return events;
    },

    /** Registrations of an event (its organiser: all; others: the files they see) or of a file. */
    async registrations(user: ConsoleUser, filter: Record<string, unknown>) {
      const rows = filter.beneficiary !== undefined && filter.beneficiary !== ''
        ? rowsOf<Row>(await knex().raw('SELECT r.*, b.last_name, b.first_name FROM event_registrations r JOIN beneficiaries b ON b.id = r.beneficiary_id WHERE r.beneficiary_id = ? ORDER BY r.id', [Number(filter.beneficiary)]))
        : rowsOf<Row>(await knex().raw('SELECT r.*, b.last_name, b.first_name FROM event_registrations r JOIN beneficiaries b ON b.id = r.beneficiary_id WHERE r.event_id = ? ORDER BY b.last_name, b.first_name, r.id', [Number(filter.event)]));
      const events = new Map<number, EventView | null>();
      const out = [];
      for (const r of rows) {
        const eventId = Number(r.event_id);
        if (!events.has(eventId)) events.set(eventId, await find(eventId));
        const e = events.get(eventId) ?? null;
        if ((e && isOrganiser(user, e)) || (await isVisible(user, Number(r.beneficiary_id)))) out.push(presentRegistration(r, e));
      }
      if (filter.beneficiary !== undefined && filter.beneficiary !== '' && !(await isVisible(user, Number(filter.beneficiary))) && out.length === 0) {
        throw new ConsoleError(404, 'Dossier introuvable.');
      }
      await auditMany(user, 'read:event_registrations', out.map((r) => r.beneficiary));
      return out;
    },

    /** Register one file (`beneficiary`) or a selection (`beneficiaries`) on an event. */
    async register(user: ConsoleUser, body: Record<string, unknown>) {
      const raw = Array.isArray(body.beneficiaries) ? body.beneficiaries : [body.beneficiary];
      const ids = [...new Set(raw.map(Number))];
      if (ids.length === 0 || ids.some((id) => !Number.isInteger(id) || id <= 0)) throw new ConsoleError(422, 'Choisissez le ou les dossiers à inscrire.', { field: 'beneficiary' });
      if (ids.length > 500) throw new ConsoleError(422, 'Au plus 500 dossiers à la fois.', { field: 'beneficiaries' });
      for (const id of ids) if (!(await isVisible(user, id))) throw new ConsoleError(404, 'Dossier introuvable.');
      if (!hasProfile(user, ...ENROLLING)) throw new ConsoleError(403, 'Inscrire une personne à un événement est l’acte de son référent, d’un secrétariat ou d’un cadre.');
      const event = await find(Number(body.event));
      const created: number[] = [];
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        if (event && isPostgres(t)) await t.raw('SELECT id FROM events WHERE id = ? FOR UPDATE', [event.id]);
        const now = new Date();
        for (const id of ids) {
          const [count] = rowsOf<{ n: unknown }>(await t.raw('SELECT COUNT(*) AS n FROM event_registrations WHERE event_id = ?', [event?.id ?? 0]));
          const already = rowsOf(await t.raw('SELECT id FROM event_registrations WHERE event_id = ? AND beneficiary_id = ?', [event?.id ?? 0, id])).length > 0;
          const check = checkRegistration(event ? facts(event) : null, toNumber(count?.n), already);
          if (!check.ok) throw fail(check);
          created.push(await insertRow(t, 'event_registrations', { event_id: event?.id, beneficiary_id: id, registered_by_login: user.login, created_at: now, updated_at: now }));
        }
      });
      await auditMany(user, 'change:event_registration', ids);
      const rows = rowsOf<Row>(await knex().raw(`SELECT r.*, b.last_name, b.first_name FROM event_registrations r JOIN beneficiaries b ON b.id = r.beneficiary_id WHERE r.id IN (${created.map(() => '?').join(', ')}) ORDER BY r.id`, created));
      const result = rows.map((r) => presentRegistration(r, event));
      return Array.isArray(body.beneficiaries) ? { created: result } : result[0];
    },

    /** A saved selection registered person by person: per person, the registration or the French reason. */
    async registerSelection(user: ConsoleUser, body: Record<string, unknown>) {
      const ids: number[] = await fileActive().service('file-selections').ids(user, Number(body.selection));
      if (ids.length === 0) throw new ConsoleError(422, 'Cette sélection ne contient aucun dossier que vous voyez.', { field: 'selection' });
      if (ids.length > 500) throw new ConsoleError(422, 'Au plus 500 dossiers à la fois.', { field: 'selection' });
      return { results: await eachPerson(knex(), ids, (id) => this.register(user, { event: body.event, beneficiary: id })) };
    },

    /** Presence: the organiser, or whoever holds the file. */
    async confirmPresence(user: ConsoleUser, id: number, body: Record<string, unknown>) {
      const [row] = rowsOf<Row>(await knex().raw('SELECT r.*, b.last_name, b.first_name FROM event_registrations r JOIN beneficiaries b ON b.id = r.beneficiary_id WHERE r.id = ?', [id]));
      if (!row) throw new ConsoleError(404, 'Inscription introuvable.');
      const event = await find(Number(row.event_id));
      const organiser = event !== null && isOrganiser(user, event);
      const holds = hasProfile(user, ...ENROLLING) && (await isVisible(user, Number(row.beneficiary_id)));
      if (!organiser && !holds) {
        if (!(await isVisible(user, Number(row.beneficiary_id)))) throw new ConsoleError(404, 'Inscription introuvable.');
        throw new ConsoleError(403, 'Seuls l’organisateur et le référent du dossier confirment la présence.');
      }
      if (!event) throw new ConsoleError(404, 'Événement introuvable.');
      const check = checkPresence(event, body.present, todayInParis());
      if (!check.ok) throw fail(check);
      await updateById(knex(), 'event_registrations', id, { present: check.value, presence_by: user.login, updated_at: new Date() });
      await fileActive().service('audit').record(user, 'change:event_registration', Number(row.beneficiary_id));
      return presentRegistration({ ...row, present: check.value }, event);
    },
  };
};
