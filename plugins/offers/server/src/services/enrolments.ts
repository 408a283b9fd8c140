// Positionnements and étapes (CONTRACT.md `enrolments`, FEATURES O4, ACCESS.md): created by
// whoever may enrol on a file they hold (one file or a batch, all or nothing), answered and
// ended by the operator of the offer (the file's référent may end too). The rules are the
// domain's; here: loading the facts, the perimeter (a file outside it → 404), the configured end
// reasons, one transaction per write, the audit trail.
import type { Core } from '@strapi/strapi';
import { ConsoleError, hasProfile, isPostgres, requireReferenceChoice, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import {
  availableTransitions,
  checkAttendanceHours,
  checkNewPositionnement,
  checkTransition,
  isOpen,
  mayEnrol,
  POSITIONNEMENT_STATE_LABELS,
  type EnrolmentActor,
  type PositionnementState,
  type Refusal,
} from '../../../domain';
import type { OfferView } from './catalogue';
import { eachPerson, type PersonResult } from './each-person';
import { getService } from './get-service';
import { insertRow, rowsOf, toIsoDate, toNullableNumber, toNumber, updateById, type Knex, type Row } from './sql';

export type Positionnement = {
  id: number;
  beneficiary: number;
  beneficiaryName: string;
  fileNumber: string | null;
  offer: number;
  offerTitle: string;
  operator: string | null;
  session: number | null;
  state: PositionnementState;
  stateLabel: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  realStart: string | null;
  realEnd: string | null;
  endReason: string | null;
  comment: string | null;
  attendanceHours: number | null;
  collaborator: string | null;
  collaboratorName: string | null;
  createdBy: string | null;
  /** The prescripteur: who positioned the person. */
  createdByName: string | null;
  createdOn: string | null;
  transitions: PositionnementState[];
};

const ENROLLING = ['referent', 'referent_fse', 'secretariat', 'cadre'] as const;

const MAX_BATCH = 500;

const fail = (r: Refusal, prefix = ''): ConsoleError => new ConsoleError(r.status, `${prefix}${r.message}`, r.field ? { field: r.field } : undefined);

// The prescripteur's and the named collaborator's names are read from their accounts (not copied).
const SELECT = `SELECT p.*, b.last_name, b.first_name, b.file_number, cu.name AS created_by_name, cc.name AS collaborator_name
  FROM positionnements p JOIN beneficiaries b ON b.id = p.beneficiary_id
  LEFT JOIN console_users cu ON cu.login = p.created_by_login LEFT JOIN console_users cc ON cc.login = p.collaborator_login`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const catalogue = () => getService(strapi, 'catalogue');
  // Rules of other plugins on étapes (fse: overlaps, operation dates, passage en convention).
  const stepRules = () => getService(strapi, 'step-rules');
  const fileActive = () => strapi.plugin('file-active');
  const isVisible = async (user: ConsoleUser, beneficiaryId: number): Promise<boolean> =>
    Boolean(await fileActive().service('beneficiaries').isVisible(user, beneficiaryId));
  const audit = (user: ConsoleUser, action: string, beneficiaryId: number | null) => fileActive().service('audit').record(user, action, beneficiaryId);
  const auditMany = (user: ConsoleUser, action: string, ids: number[]) => fileActive().service('audit').recordMany(user, action, ids);

  // Sees the whole file's positionnements: every profile that reads files, but an opérateur
  // (or gestionnaire FSE) only through their own offers.
  const readsFile = async (user: ConsoleUser, beneficiaryId: number): Promise<boolean> =>
    user.profiles.some((p) => p !== 'operateur' && p !== 'gestionnaire_fse') && (await isVisible(user, beneficiaryId));

  const actorFor = async (user: ConsoleUser, beneficiaryId: number, offer: OfferView | null): Promise<EnrolmentActor> => {
    const enrolling = hasProfile(user, ...ENROLLING);
    return {
      profiles: user.profiles,
      isOfferOperator: offer !== null && catalogue().isOperatorOf(user, offer),
      actsOnFile: enrolling && (await isVisible(user, beneficiaryId)),
    };
  };

  const present = (r: Row, offers: Map<number, OfferView>, transitions: PositionnementState[]): Positionnement => {
    const offer = offers.get(Number(r.offer_id));
    return {
      id: Number(r.id),
      beneficiary: Number(r.beneficiary_id),
      beneficiaryName: `${String(r.last_name ?? '')} ${String(r.first_name ?? '')}`.trim(),
      fileNumber: (r.file_number as string | null) ?? null,
      offer: Number(r.offer_id),
      offerTitle: offer?.title ?? '',
      operator: offer?.operator ?? null,
      session: toNullableNumber(r.session_id),
      state: String(r.state) as PositionnementState,
      stateLabel: POSITIONNEMENT_STATE_LABELS[String(r.state) as PositionnementState] ?? String(r.state),
      plannedStart: toIsoDate(r.planned_start),
      plannedEnd: toIsoDate(r.planned_end),
      realStart: toIsoDate(r.real_start),
      realEnd: toIsoDate(r.real_end),
      endReason: (r.end_reason as string | null) ?? null,
      comment: (r.comment as string | null) ?? null,
      attendanceHours: toNullableNumber(r.attendance_hours),
      collaborator: (r.collaborator_login as string | null) ?? null,
      collaboratorName: (r.collaborator_name as string | null) ?? (r.collaborator_login as string | null) ?? null,
      createdBy: (r.created_by_login as string | null) ?? null,
      createdByName: (r.created_by_name as string | null) ?? (r.created_by_login as string | null) ?? null,
      createdOn: toIsoDate(r.created_at instanceof Date ? r.created_at.toISOString() : typeof r.created_at === 'number' ? new Date(r.created_at).toISOString() : r.created_at),
      transitions,
    };
  };

  const offersOf = async (rows: Row[]): Promise<Map<number, OfferView>> => {
    const map = new Map<number, OfferView>();
    for (const id of new Set(rows.map((r) => Number(r.offer_id)))) {
      const offer = await catalogue().find(id);
      if (offer) map.set(id, offer);
    }
    return map;
  };

  const loadRow = async (id: number): Promise<Row | null> => {
    const [row] = rowsOf<Row>(await knex().raw(`${SELECT} WHERE p.id = ?`, [id]));
    return row ?? null;
  };

  /** The positionnement if the caller is the operator of its offer or sees its file; 404 otherwise. */
  const visible = async (user: ConsoleUser, id: number) => {
    const row = Number.isInteger(id) && id > 0 ? await loadRow(id) : null;
    if (!row) throw new ConsoleError(404, 'Positionnement introuvable.');
    const offer = await catalogue().find(Number(row.offer_id));
    const actor = await actorFor(user, Number(row.beneficiary_id), offer);
    if (!actor.isOfferOperator && !(await readsFile(user, Number(row.beneficiary_id)))) throw new ConsoleError(404, 'Positionnement introuvable.');
    return { row, offer, actor };
  };

  const view = async (user: ConsoleUser, id: number): Promise<Positionnement> => {
    const { row, offer, actor } = await visible(user, id);
    const offers = new Map(offer ? [[offer.id, offer]] : []);
    return present(row, offers, availableTransitions(actor, String(row.state) as PositionnementState));
  };

  const parseIds = (body: Record<string, unknown>): number[] => {
    const raw = Array.isArray(body.beneficiaries) ? body.beneficiaries : [body.beneficiary];
    if (raw.length === 0) throw new ConsoleError(422, 'Choisissez au moins un dossier à positionner.', { field: 'beneficiaries' });
    if (raw.length > MAX_BATCH) throw new ConsoleError(422, `Au plus ${MAX_BATCH} dossiers à la fois.`, { field: 'beneficiaries' });
    const ids = raw.map(Number);
    if (ids.some((id) => !Number.isInteger(id) || id <= 0)) throw new ConsoleError(422, 'Indiquez le dossier à positionner.', { field: 'beneficiary' });
    return [...new Set(ids)];
  };

  return {
    view,

    /**
     * The positionnements the caller may see: with `beneficiary`, that file's (404 outside the
     * perimeter); otherwise an opérateur's answer list (their structure's offers), filterable
     * by `state`, `offer`, `session`.
     */
    async list(user: ConsoleUser, filter: Record<string, unknown>): Promise<Positionnement[]> {
      const where: string[] = [];
      const bindings: unknown[] = [];
      if (filter.beneficiary !== undefined && filter.beneficiary !== null && filter.beneficiary !== '') {
        const beneficiary = Number(filter.beneficiary);
        if (!Number.isInteger(beneficiary) || beneficiary <= 0) throw new ConsoleError(404, 'Dossier introuvable.');
        if (!(await readsFile(user, beneficiary))) {
          // An opérateur sees the positionnements of their structure's offers only.
          const operatorIds = await catalogue().operatorOfferIds(user);
          if (operatorIds.length === 0) throw new ConsoleError(404, 'Dossier introuvable.');
          where.push(`p.offer_id IN (${operatorIds.map(() => '?').join(', ')})`);
          bindings.push(...operatorIds);
        }
        where.push('p.beneficiary_id = ?');
        bindings.push(beneficiary);
      } else {
        const ids = await catalogue().operatorOfferIds(user);
        if (ids.length === 0) return [];
        where.push(`p.offer_id IN (${ids.map(() => '?').join(', ')})`);
        bindings.push(...ids);
      }
      const states = Array.isArray(filter.state) ? filter.state : filter.state ? [filter.state] : [];
      if (states.length > 0) {
        where.push(`p.state IN (${states.map(() => '?').join(', ')})`);
        bindings.push(...states.map(String));
      }
      if (filter.offer) {
        where.push('p.offer_id = ?');
        bindings.push(Number(filter.offer));
      }
      if (filter.session) {
        where.push('p.session_id = ?');
        bindings.push(Number(filter.session));
      }
      const rows = rowsOf<Row>(await knex().raw(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY p.planned_start DESC, p.id DESC`, bindings));
      const offers = await offersOf(rows);
      const result: Positionnement[] = [];
      for (const r of rows) {
        const offer = offers.get(Number(r.offer_id)) ?? null;
        const actor: EnrolmentActor = {
          profiles: user.profiles,
          isOfferOperator: offer !== null && catalogue().isOperatorOf(user, offer),
          actsOnFile: hasProfile(user, ...ENROLLING) && (await isVisible(user, Number(r.beneficiary_id))),
        };
        result.push(present(r, offers, availableTransitions(actor, String(r.state) as PositionnementState)));
      }
      await auditMany(user, 'read:positionnements', result.map((p) => p.beneficiary));
      return result;
    },

    async findOne(user: ConsoleUser, id: number): Promise<Positionnement> {
      const found = await view(user, id);
      await audit(user, 'read:positionnement', found.beneficiary);
      return found;
    },

    /**
     * A positionnement (`beneficiary`) or a batch (`beneficiaries`: ids) on one offer: every
     * file is checked first (perimeter, rights, dates, places, no second open one); the first
     * refusal answers for the whole batch and nothing is written.
     */
    async create(user: ConsoleUser, body: Record<string, unknown>): Promise<Positionnement | { created: Positionnement[] }> {
      const ids = parseIds(body);
      const offerId = Number(body.offer);
      const offer = Number.isInteger(offerId) && offerId > 0 ? await catalogue().find(offerId) : null;
      const sessionId = body.session === undefined || body.session === null || body.session === '' ? null : Number(body.session);
      for (const id of ids) {
        const actor = await actorFor(user, id, offer);
        if (!(await isVisible(user, id))) throw new ConsoleError(404, 'Dossier introuvable.');
        if (!mayEnrol(actor)) throw new ConsoleError(403, 'Positionner une personne sur une offre est l’acte de son référent, d’un secrétariat ou d’un cadre.');
      }
      const created: number[] = [];
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        // One positionnement at a time per offer: the last place goes to one of two requests.
        if (offer && isPostgres(t)) await t.raw('SELECT id FROM offers WHERE id = ? FOR UPDATE', [offer.id]);
        const now = new Date();
        for (const id of ids) {
          const [taken] = rowsOf<{ n: unknown }>(
            await t.raw(
              `SELECT COUNT(*) AS n FROM positionnements WHERE state <> 'refuse' AND offer_id = ?${offer?.bySessions ? ' AND session_id = ?' : ''}`,
              offer?.bySessions ? [offer.id, sessionId] : [offer?.id ?? 0],
            ),
          );
          const same = rowsOf<{ state: PositionnementState }>(await t.raw('SELECT state FROM positionnements WHERE beneficiary_id = ? AND offer_id = ?', [id, offer?.id ?? 0]));
          const check = checkNewPositionnement({
            offer: offer ? catalogue().facts(offer) : null,
            session: offer ? catalogue().sessionFacts(offer, sessionId) : null,
            taken: toNumber(taken?.n),
            sameOffer: same.map((s) => s.state),
            plannedStart: body.plannedStart,
            plannedEnd: body.plannedEnd,
          });
          const change = { positionnementId: null, beneficiaryId: id, offerId: offer?.id ?? 0, state: 'positionne' as const, plannedStart: check.ok ? check.value.plannedStart : null, plannedEnd: check.ok ? check.value.plannedEnd : null, realStart: null, realEnd: null };
          const refusal = check.ok ? await stepRules().check(change, t) : check;
          if (!check.ok || refusal) {
            const [file] = ids.length > 1 ? rowsOf<Row>(await t.raw('SELECT last_name, first_name FROM beneficiaries WHERE id = ?', [id])) : [];
            throw fail((refusal ?? check) as Refusal, file ? `${String(file.last_name)} ${String(file.first_name)} : ` : '');
          }
          const positionnementId = await insertRow(t, 'positionnements', {
              beneficiary_id: id,
              offer_id: offer?.id,
              session_id: offer?.bySessions ? sessionId : null,
              state: 'positionne',
              planned_start: check.value.plannedStart,
              planned_end: check.value.plannedEnd,
              comment: typeof body.comment === 'string' && body.comment.trim() !== '' ? body.comment.trim() : null,
              created_by_login: user.login,
              created_at: now,
              updated_at: now,
            });
          await stepRules().afterWrite({ ...change, positionnementId }, t, user.login);
          created.push(positionnementId);
        }
      });
      await auditMany(user, 'change:positionnement', ids);
      const result: Positionnement[] = [];
      for (const id of created) result.push(await view(user, id));
      return Array.isArray(body.beneficiaries) ? { created: result } : result[0];
    },

    /**
     * A saved selection (`selection`: its id, `file-selections.ids`) positioned person by person:
     * each file is checked and written on its own; the answer lists, per person, the
     * positionnement made or the French reason of the refusal.
     */
    async createForSelection(user: ConsoleUser, body: Record<string, unknown>): Promise<{ results: PersonResult<Positionnement>[] }> {
      const ids: number[] = await fileActive().service('file-selections').ids(user, Number(body.selection));
      if (ids.length === 0) throw new ConsoleError(422, 'Cette sélection ne contient aucun dossier que vous voyez.', { field: 'selection' });
      if (ids.length > MAX_BATCH) throw new ConsoleError(422, `Au plus ${MAX_BATCH} dossiers à la fois.`, { field: 'selection' });
      const { selection: _selection, beneficiaries: _many, ...rest } = body;
      return { results: await eachPerson(knex(), ids, (id) => this.create(user, { ...rest, beneficiary: id }) as Promise<Positionnement>) };
    },

    /** The active opérateurs of the caller's structure: whom the operator may name on an étape. */
    async colleagues(user: ConsoleUser): Promise<Array<{ id: string; login: string; name: string }>> {
      if (!hasProfile(user, 'operateur') || !user.structureCode) throw new ConsoleError(403, 'Seuls les opérateurs nomment un collaborateur d’étape.');
      const rows = rowsOf<Row>(await knex().raw('SELECT login, name, profiles, active FROM console_users WHERE structure_code = ? ORDER BY name', [user.structureCode]));
      return rows
        .filter((r) => String(r.profiles ?? '').includes('operateur') && r.active !== false && r.active !== 0)
        .map((r) => ({ id: String(r.login), login: String(r.login), name: String(r.name ?? r.login) }));
    },

    /** Accept (→ étape), refuse (motif), end (real end, reason of the configured list). */
    async transition(user: ConsoleUser, id: number, body: Record<string, unknown>): Promise<Positionnement> {
      const { row, offer, actor } = await visible(user, id);
      if (!offer) throw new ConsoleError(404, 'Offre introuvable.');
      let endReason: string | null = null;
      if (body.to === 'termine' && body.endReason !== undefined && body.endReason !== null && body.endReason !== '') {
        endReason = (await requireReferenceChoice(knex(), 'step_end_reason', body.endReason, { field: 'endReason' })).label;
      }
      const current = {
        state: String(row.state) as PositionnementState,
        plannedStart: toIsoDate(row.planned_start) ?? '',
        plannedEnd: toIsoDate(row.planned_end) ?? '',
        realStart: toIsoDate(row.real_start),
        realEnd: toIsoDate(row.real_end),
      };
      const check = checkTransition(actor, current, offer, { to: body.to, realStart: body.realStart, realEnd: body.realEnd, endReason, comment: body.comment });
      if (!check.ok) throw fail(check);
      const next = check.value;
      const now = new Date();
      const set: Row = { state: next.state, updated_at: now };
      if (next.state === 'etape') {
        set.real_start = next.realStart;
        set.answered_by_login = user.login;
        set.answered_at = now;
        set.collaborator_login = await this.collaboratorFor(user, offer, body.collaborator);
        if (next.comment) set.comment = next.comment;
      } else if (next.state === 'refuse') {
        set.answered_by_login = user.login;
        set.answered_at = now;
        set.comment = next.comment;
      } else {
        set.real_start = next.realStart;
        set.real_end = next.realEnd;
        set.end_reason = next.endReason;
        set.ended_by_login = user.login;
        if (next.comment) set.comment = next.comment;
      }
      const change = {
        positionnementId: id,
        beneficiaryId: Number(row.beneficiary_id),
        offerId: offer.id,
        state: next.state,
        plannedStart: current.plannedStart || null,
        plannedEnd: current.plannedEnd || null,
        realStart: next.state === 'refuse' ? null : next.realStart,
        realEnd: next.state === 'termine' ? next.realEnd : null,
      };
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const refusal = await stepRules().check(change, t);
        if (refusal) throw fail(refusal);
        // Conditional on the state read: a decision taken on a stale state answers 409.
        const changed = rowsOf(await t.raw(
          `UPDATE positionnements SET ${Object.keys(set).map((c) => `"${c}" = ?`).join(', ')} WHERE id = ? AND state = ? RETURNING id`,
          [...Object.values(set), id, current.state],
        ));
        if (changed.length === 0) throw new ConsoleError(409, 'Ce positionnement vient d’être modifié par quelqu’un d’autre : rechargez la page.');
        await stepRules().afterWrite(change, t, user.login);
      });
      await audit(user, 'change:positionnement', Number(row.beneficiary_id));
      return view(user, id);
    },

    /**
     * The operator's named collaborator who gets the file while the étape is in progress: an
     * active opérateur of the offer's structure (default: whoever accepts).
     */
    async collaboratorFor(user: ConsoleUser, offer: OfferView, requested: unknown): Promise<string> {
      if (requested === undefined || requested === null || requested === '' || requested === user.login) return user.login;
      const [found] = rowsOf<Row>(await knex().raw('SELECT login, profiles, structure_code, active FROM console_users WHERE login = ?', [String(requested)]));
      const profiles = String(found?.profiles ?? '');
      if (!found || found.structure_code !== offer.operator || !profiles.includes('operateur') || found.active === false || found.active === 0) {
        throw new ConsoleError(422, 'Le collaborateur nommé doit être un opérateur actif de la structure de l’offre.', { field: 'collaborator' });
      }
      return String(found.login);
    },

    /** Attendance hours of an étape: its operator (or the file's référent). */
    async update(user: ConsoleUser, id: number, body: Record<string, unknown>): Promise<Positionnement> {
      const { row, actor } = await visible(user, id);
      if (!actor.isOfferOperator && !actor.actsOnFile) throw new ConsoleError(403, 'Seuls l’opérateur de l’offre et le référent du dossier saisissent les présences.');
      const set: Row = { updated_at: new Date() };
      if (body.attendanceHours !== undefined) {
        const hours = checkAttendanceHours(String(row.state) as PositionnementState, body.attendanceHours);
        if (!hours.ok) throw fail(hours);
        set.attendance_hours = hours.value;
      }
      if (typeof body.comment === 'string') set.comment = body.comment.trim() || null;
      await updateById(knex(), 'positionnements', id, set);
      await audit(user, 'change:positionnement', Number(row.beneficiary_id));
      return view(user, id);
    },

    /** For CER objective links: does this positionnement (any state) / étape exist on the file? */
    async existsOnFile(id: number, beneficiaryId: number, etapeOnly: boolean): Promise<boolean> {
      const rows = rowsOf(await knex().raw(
        `SELECT id FROM positionnements WHERE id = ? AND beneficiary_id = ?${etapeOnly ? " AND state IN ('etape', 'termine')" : ''}`,
        [id, beneficiaryId],
      ));
      return rows.length > 0;
    },

    isOpen,
    today: () => todayInParis(),
  };
};
