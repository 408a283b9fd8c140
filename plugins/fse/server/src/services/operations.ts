// FSE+ operations (CMS content api::fse-operation: period, operator, budget line, its FSE
// offers) as the console and the rules read them, their edition by the gestionnaire FSE, and
// the rule registered on the offers plugin's étapes: an étape on an operation's offer must lie
// inside the operation and not overlap another FSE étape of the person (domain/step-rules);
// once accepted it passes « en convention » in the same transaction.
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { ConsoleError, hasProfile, type ConsoleUser } from '@rsa/console-kit';
import { isCalendarDate } from '@rsa/vocabulary';
import { checkFseStep, STEP_STATES, type OperationFacts, type OtherFseStep } from '../../../domain';
import { insertRow, isPostgres, rowsOf, toIsoDate, type Knex, type Row } from './sql';

const OPERATION = 'api::fse-operation.fse-operation';
const OFFER = 'api::offer.offer';

export type OperationView = {
  id: number;
  code: string;
  name: string;
  start: string;
  end: string;
  operator: string | null;
  operatorName: string | null;
  budgetLine: string | null;
  active: boolean;
  offers: Array<{ id: number; title: string }>;
};

type RawOperation = {
  id: number; code: string; name: string; startDate: string; endDate: string; budgetLine: string | null; active: boolean | null;
  operator: { code: string; name: string } | null; offers: Array<{ id: number; title: string }> | null;
};

/** What the offers plugin hands its step rules (services/step-rules.ts there). */
type StepChange = { positionnementId: number | null; beneficiaryId: number; offerId: number; state: string; plannedStart: string | null; plannedEnd: string | null; realStart: string | null; realEnd: string | null };

const day = (value: unknown): string => String(value ?? '').slice(0, 10);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The offer → operation link table, as Strapi names it (read from its metadata, not guessed). */
  const link = () => {
    const attribute = strapi.db.metadata.get(OFFER as never).attributes.fseOperation as unknown as { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } };
    const { joinTable } = attribute;
    return { table: joinTable.name, offer: joinTable.joinColumn.name, operation: joinTable.inverseJoinColumn.name };
  };

  const toView = (o: RawOperation): OperationView => ({
    id: o.id,
    code: o.code,
    name: o.name,
    start: day(o.startDate),
    end: day(o.endDate),
    operator: o.operator?.code ?? null,
    operatorName: o.operator?.name ?? null,
    budgetLine: o.budgetLine ?? null,
    active: o.active !== false,
    offers: (o.offers ?? []).map((f) => ({ id: f.id, title: f.title })).sort((a, b) => a.title.localeCompare(b.title, 'fr')),
  });

  const load = async (where: Record<string, unknown>): Promise<OperationView[]> =>
    ((await strapi.db.query(OPERATION as never).findMany({ where, populate: { operator: true, offers: true }, orderBy: [{ startDate: 'desc' }, { id: 'asc' }] } as never)) as unknown as RawOperation[]).map(toView);

  /** The operation an offer belongs to (in the caller's transaction), or null: not an FSE offer. */
  const operationOfOffer = async (t: Knex, offerId: number): Promise<(OperationFacts & { id: number }) | null> => {
    const l = link();
    const [row] = rowsOf<Row>(await t.raw(
      `SELECT op.id, op.code, op.name, op.start_date, op.end_date FROM ${l.table} k JOIN fse_operations op ON op.id = k.${l.operation} WHERE k.${l.offer} = ?`,
      [offerId],
    ));
    return row ? { id: Number(row.id), code: String(row.code), name: String(row.name), start: toIsoDate(row.start_date) ?? '', end: toIsoDate(row.end_date) ?? '' } : null;
  };

  const requireManager = (user: ConsoleUser) => {
    if (!hasProfile(user, 'gestionnaire_fse')) throw new ConsoleError(403, 'Les opérations FSE sont gérées par les gestionnaires FSE.');
  };

  /** Checked input of an operation form; unknown operator or offer → 422. */
  const parse = async (body: Record<string, unknown>, current: OperationView | null) => {
    const code = text(body.code) ?? current?.code ?? null;
    const name = text(body.name) ?? current?.name ?? null;
    const start = body.start === undefined ? current?.start : body.start;
    const end = body.end === undefined ? current?.end : body.end;
    if (!code) throw new ConsoleError(422, 'Le code de l’opération est obligatoire.', { field: 'code' });
    if (!name) throw new ConsoleError(422, 'L’intitulé de l’opération est obligatoire.', { field: 'name' });
    if (!isCalendarDate(start)) throw new ConsoleError(422, 'La date de début de l’opération est obligatoire (jj/mm/aaaa).', { field: 'start' });
    if (!isCalendarDate(end)) throw new ConsoleError(422, 'La date de fin de l’opération est obligatoire (jj/mm/aaaa).', { field: 'end' });
    if (end < start) throw new ConsoleError(422, 'La fin de l’opération précède son début.', { field: 'end' });
    const [taken] = (await strapi.db.query(OPERATION as never).findMany({ where: { code }, select: ['id'] } as never)) as unknown as Array<{ id: number }>;
    if (taken && taken.id !== current?.id) throw new ConsoleError(422, `Le code « ${code} » est déjà celui d’une autre opération.`, { field: 'code' });
    const data: Record<string, unknown> = { code, name, startDate: start, endDate: end };
    if (body.budgetLine !== undefined) data.budgetLine = text(body.budgetLine);
    if (body.active !== undefined) data.active = body.active !== false;
    if (body.operator !== undefined) {
      const operatorCode = text(body.operator);
      if (operatorCode === null) data.operator = null;
      else {
        const structure = (await strapi.db.query('api::structure.structure' as never).findOne({ where: { code: operatorCode } } as never)) as unknown as { id: number } | null;
        if (!structure) throw new ConsoleError(422, `Opérateur inconnu : « ${operatorCode} ».`, { field: 'operator' });
        data.operator = structure.id;
      }
    }
    if (body.offers !== undefined) {
      const ids = Array.isArray(body.offers) ? body.offers.map(Number) : [];
      if (!Array.isArray(body.offers) || ids.some((id) => !Number.isInteger(id) || id <= 0)) throw new ConsoleError(422, 'Les offres FSE sont une liste d’offres de service.', { field: 'offers' });
      const found = (await strapi.db.query(OFFER as never).findMany({ where: { id: { $in: ids } }, select: ['id'] } as never)) as unknown as Array<{ id: number }>;
      if (found.length !== new Set(ids).size) throw new ConsoleError(422, 'Offre de service inconnue dans la liste des offres FSE.', { field: 'offers' });
      data.offers = [...new Set(ids)];
    }
    return data;
  };

  return {
    operationOfOffer,
    link,

    list: (): Promise<OperationView[]> => load({}),

    async find(id: number): Promise<OperationView | null> {
      if (!Number.isInteger(id) || id <= 0) return null;
      const [found] = await load({ id });
      return found ?? null;
    },

    async create(user: ConsoleUser, body: Record<string, unknown>): Promise<OperationView> {
      requireManager(user);
      const data = await parse(body, null);
      const created = (await strapi.db.query(OPERATION as never).create({ data: { documentId: randomUUID().replace(/-/g, '').slice(0, 24), publishedAt: new Date(), active: true, ...data } } as never)) as unknown as { id: number };
      return (await this.find(created.id)) as OperationView;
    },

    async update(user: ConsoleUser, id: number, body: Record<string, unknown>): Promise<OperationView> {
      requireManager(user);
      const current = await this.find(id);
      if (!current) throw new ConsoleError(404, 'Opération introuvable.');
      await strapi.db.query(OPERATION as never).update({ where: { id }, data: await parse(body, current) } as never);
      return (await this.find(id)) as OperationView;
    },

    /** The offers plugin's step rule (registered at bootstrap). */
    stepRule: {
      name: 'fse',
      async check(change: StepChange, t: Knex) {
        if (change.state === 'refuse') return null;
        const operation = await operationOfOffer(t, change.offerId);
        if (!operation) return null;
        // Two acceptances for one person at once: the second waits, then sees the first.
        if (isPostgres(t)) await t.raw('SELECT id FROM beneficiaries WHERE id = ? FOR UPDATE', [change.beneficiaryId]);
        const l = link();
        const others = rowsOf<Row>(await t.raw(
          `SELECT p.id, p.planned_start, p.planned_end, p.real_start, p.real_end, o.title FROM positionnements p JOIN offers o ON o.id = p.offer_id
           WHERE p.beneficiary_id = ? AND p.state IN (${STEP_STATES.map(() => '?').join(', ')}) AND p.id <> ?
             AND EXISTS (SELECT 1 FROM ${l.table} k WHERE k.${l.offer} = p.offer_id)`,
          [change.beneficiaryId, ...STEP_STATES, change.positionnementId ?? 0],
        )).map((r): OtherFseStep => ({ id: Number(r.id), offerTitle: String(r.title), plannedStart: toIsoDate(r.planned_start), plannedEnd: toIsoDate(r.planned_end), realStart: toIsoDate(r.real_start), realEnd: toIsoDate(r.real_end) }));
        return checkFseStep(change, operation, others);
      },
      /** Passage en convention: the étape enters its operation when accepted (once). */
      async afterWrite(change: StepChange & { positionnementId: number }, t: Knex, login: string) {
        if (!(STEP_STATES as readonly string[]).includes(change.state)) return;
        const operation = await operationOfOffer(t, change.offerId);
        if (!operation) return;
        const existing = rowsOf(await t.raw('SELECT id FROM fse_conventions WHERE positionnement_id = ?', [change.positionnementId]));
        if (existing.length > 0) return;
        const now = new Date();
        await insertRow(t, 'fse_conventions', {
          document_id: randomUUID().replace(/-/g, '').slice(0, 24),
          positionnement_id: change.positionnementId,
          beneficiary_id: change.beneficiaryId,
          offer_id: change.offerId,
          operation_id: operation.id,
          source: 'application',
          entered_at: now,
          entered_by_login: login,
          created_at: now,
          updated_at: now,
          published_at: now,
        });
      },
    },
  };
};
