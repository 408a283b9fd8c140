// Conventions (étapes passed en convention on an FSE+ operation) and their questionnaires, for
// the gestionnaire FSE (every convention), the référent FSE (their files) and the opérateur (the
// étapes of their structure's offers); other profiles who see a file see its statuses, never the
// answers. The rules are the domain's; here: the perimeter (outside → 404), loading the facts,
// the audit trail of every read, change and export.
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { ConsoleError, hasProfile, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import {
  ageGroup,
  checkAnswers,
  checkFill,
  CONFLICT_LABELS,
  isComplete,
  isQuestionnaireKind,
  mayFill,
  mayReadAnswers,
  questionnaireStatus,
  questionsOf,
  STATUS_LABELS,
  STEP_STATES,
  type Answers,
  type Conflict,
  type FseStepRow,
  type Question,
  type QuestionnaireActor,
  type QuestionnaireKind,
  type QuestionnaireSource,
  type QuestionnaireStatus,
} from '../../../domain';
import { getService } from './get-service';
import type { OperationView } from './operations';
import { insertRow, rowsOf, toIsoDate, type Knex, type Row } from './sql';

type OfferLite = { id: number; title: string; operator: string | null; operatorName: string | null };

export type ConventionRow = {
  id: number;
  beneficiary: number;
  fileNumber: string | null;
  beneficiaryName: string;
  birthDate: string | null;
  sex: string | null;
  offer: number;
  offerTitle: string;
  operation: number;
  operationCode: string;
  operationName: string;
  operator: string | null;
  operatorName: string | null;
  positionnement: number;
  state: string;
  realStart: string | null;
  realEnd: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  source: QuestionnaireSource;
  entryStatus: QuestionnaireStatus;
  exitStatus: QuestionnaireStatus;
  entryStatusLabel: string;
  exitStatusLabel: string;
  complete: boolean;
  canFill: boolean;
};

type SavedQuestionnaire = { kind: QuestionnaireKind; answers: Answers; source: QuestionnaireSource; savedAt: string | null; savedBy: string | null };

const parseAnswers = (value: unknown): Answers => {
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as Answers;
    } catch {
      return {};
    }
  }
  return (value as Answers | null) ?? {};
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const fileActive = () => strapi.plugin('file-active');
  const offersPlugin = () => strapi.plugin('offers');
  const audit = (user: ConsoleUser, action: string, beneficiaryId: number | null) => fileActive().service('audit').record(user, action, beneficiaryId);
  const auditMany = (user: ConsoleUser, action: string, ids: number[]) => fileActive().service('audit').recordMany(user, action, ids);

  const operatorOfferIds = async (user: ConsoleUser): Promise<number[]> => (await offersPlugin().service('catalogue').operatorOfferIds(user)) as number[];

  /**
   * The conventions the caller may see, as SQL: the gestionnaire FSE every one; otherwise those
   * of the files the caller sees (file-active's scope) and, for an opérateur, of their offers.
   */
  const scopeSql = async (user: ConsoleUser): Promise<{ sql: string; bindings: unknown[] }> => {
    if (hasProfile(user, 'gestionnaire_fse')) return { sql: '1 = 1', bindings: [] };
    const files = fileActive().service('scope').visibleFilesSql(user, todayInParis()) as { sql: string; bindings: unknown[] };
    const offerIds = await operatorOfferIds(user);
    const parts = [files.sql];
    const bindings = [...files.bindings];
    if (offerIds.length > 0) {
      parts.push(`c.offer_id IN (${offerIds.map(() => '?').join(', ')})`);
      bindings.push(...offerIds);
    }
    return { sql: `(${parts.join(' OR ')})`, bindings };
  };

  const offersById = async (): Promise<Map<number, OfferLite>> => {
    const all = (await offersPlugin().service('catalogue').all()) as OfferLite[];
    return new Map(all.map((o) => [o.id, o]));
  };

  const operationsById = async (): Promise<Map<number, OperationView>> => new Map((await getService(strapi, 'operations').list()).map((o) => [o.id, o]));

  const actorFor = async (user: ConsoleUser, beneficiaryId: number, offer: OfferLite | undefined): Promise<QuestionnaireActor> => ({
    profiles: user.profiles,
    holdsFile: hasProfile(user, 'referent_fse') && Boolean(await fileActive().service('beneficiaries').isVisible(user, beneficiaryId)),
    isOfferOperator: offer !== undefined && hasProfile(user, 'operateur') && user.structureCode !== null && offer.operator === user.structureCode,
  });

  const SELECT = `SELECT c.id, c.beneficiary_id, c.offer_id, c.operation_id, c.positionnement_id, c.source,
      p.state, p.planned_start, p.planned_end, p.real_start, p.real_end,
      b.file_number, b.last_name, b.first_name, b.birth_date, b.sex,
      (SELECT COUNT(*) FROM fse_questionnaires qe WHERE qe.convention_id = c.id AND qe.kind = 'entry') AS entry_saved,
      (SELECT COUNT(*) FROM fse_questionnaires qx WHERE qx.convention_id = c.id AND qx.kind = 'exit') AS exit_saved
    FROM fse_conventions c JOIN positionnements p ON p.id = c.positionnement_id JOIN beneficiaries b ON b.id = c.beneficiary_id`;

  const present = (r: Row, offers: Map<number, OfferLite>, operations: Map<number, OperationView>, canFill: boolean): ConventionRow => {
    const offer = offers.get(Number(r.offer_id));
    const operation = operations.get(Number(r.operation_id));
    const step = { realStart: toIsoDate(r.real_start), realEnd: toIsoDate(r.real_end) };
    const entryStatus = questionnaireStatus('entry', step, Number(r.entry_saved) > 0);
    const exitStatus = questionnaireStatus('exit', step, Number(r.exit_saved) > 0);
    return {
      id: Number(r.id),
      beneficiary: Number(r.beneficiary_id),
      fileNumber: (r.file_number as string | null) ?? null,
      beneficiaryName: `${String(r.last_name ?? '')} ${String(r.first_name ?? '')}`.trim(),
      birthDate: toIsoDate(r.birth_date),
      sex: (r.sex as string | null) ?? null,
      offer: Number(r.offer_id),
      offerTitle: offer?.title ?? '',
      operation: Number(r.operation_id),
      operationCode: operation?.code ?? '',
      operationName: operation?.name ?? '',
      operator: offer?.operator ?? null,
      operatorName: offer?.operatorName ?? null,
      positionnement: Number(r.positionnement_id),
      state: String(r.state),
      realStart: step.realStart,
      realEnd: step.realEnd,
      plannedStart: toIsoDate(r.planned_start),
      plannedEnd: toIsoDate(r.planned_end),
      source: String(r.source) as QuestionnaireSource,
      entryStatus,
      exitStatus,
      entryStatusLabel: STATUS_LABELS[entryStatus],
      exitStatusLabel: STATUS_LABELS[exitStatus],
      complete: isComplete(entryStatus, exitStatus),
      canFill,
    };
  };

  /** The conventions in the caller's scope (filters: beneficiary, operation, operator, offer, missing, q), unaudited. */
  const rowsFor = async (user: ConsoleUser, filter: Record<string, unknown>): Promise<ConventionRow[]> => {
    const scope = await scopeSql(user);
    const where = [scope.sql];
    const bindings = [...scope.bindings];
    for (const [key, column] of [['beneficiary', 'c.beneficiary_id'], ['operation', 'c.operation_id'], ['offer', 'c.offer_id']] as const) {
      if (filter[key] !== undefined && filter[key] !== null && filter[key] !== '') {
        where.push(`${column} = ?`);
        bindings.push(Number(filter[key]));
      }
    }
    const rows = rowsOf<Row>(await knex().raw(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY b.last_name, b.first_name, c.id`, bindings));
    const [offers, operations] = await Promise.all([offersById(), operationsById()]);
    const operatorIds = new Set(await operatorOfferIds(user));
    const visible = hasProfile(user, 'referent_fse') ? new Set(rowsOf<{ id: number }>(await knex().raw(
      `SELECT b.id FROM beneficiaries b WHERE ${(fileActive().service('scope').visibleFilesSql(user, todayInParis()) as { sql: string }).sql}`,
      (fileActive().service('scope').visibleFilesSql(user, todayInParis()) as { bindings: unknown[] }).bindings,
    )).map((r) => Number(r.id))) : new Set<number>();
    let result = rows.map((r) => present(r, offers, operations, mayFill({ profiles: user.profiles, holdsFile: visible.has(Number(r.beneficiary_id)), isOfferOperator: operatorIds.has(Number(r.offer_id)) })));
    if (typeof filter.operator === 'string' && filter.operator !== '') result = result.filter((c) => c.operator === filter.operator);
    if (filter.missing === true || filter.missing === 'true') result = result.filter((c) => c.entryStatus === 'missing' || c.exitStatus === 'missing');
    if (typeof filter.q === 'string' && filter.q.trim() !== '') {
      const q = filter.q.trim().toLowerCase();
      result = result.filter((c) => c.beneficiaryName.toLowerCase().includes(q) || (c.fileNumber ?? '').includes(q));
    }
    return result;
  };

  const requireRow = async (user: ConsoleUser, id: number): Promise<ConventionRow> => {
    const [found] = Number.isInteger(id) && id > 0 ? (await rowsFor(user, {})).filter((c) => c.id === id) : [];
    if (!found) throw new ConsoleError(404, 'Convention introuvable.');
    return found;
  };

  const savedOf = async (conventionId: number): Promise<SavedQuestionnaire[]> =>
    rowsOf<Row>(await knex().raw('SELECT kind, answers, source, saved_at, saved_by_login FROM fse_questionnaires WHERE convention_id = ?', [conventionId])).map((r) => ({
      kind: String(r.kind) as QuestionnaireKind,
      answers: parseAnswers(r.answers),
      source: String(r.source) as QuestionnaireSource,
      savedAt: r.saved_at ? new Date(r.saved_at as string).toISOString() : null,
      savedBy: (r.saved_by_login as string | null) ?? null,
    }));

  const detail = async (user: ConsoleUser, row: ConventionRow) => {
    const offers = await offersById();
    const actor = await actorFor(user, row.beneficiary, offers.get(row.offer));
    const questions = await getService(strapi, 'questions').all();
    const saved = await savedOf(row.id);
    const reads = mayReadAnswers(actor);
    const questionnaire = (kind: QuestionnaireKind) => {
      const found = saved.find((s) => s.kind === kind) ?? null;
      return {
        kind,
        status: kind === 'entry' ? row.entryStatus : row.exitStatus,
        source: found?.source ?? null,
        readOnly: found?.source === 'reprise' || !checkFill(actor, kind, row, found).ok,
        savedAt: found?.savedAt ?? null,
        savedBy: found?.savedBy ?? null,
        answers: reads ? found?.answers ?? null : null,
        questions: questionsOf(questions, kind),
      };
    };
    return { ...row, canReadAnswers: reads, entry: questionnaire('entry'), exit: questionnaire('exit') };
  };

  return {
    rowsFor,

    async list(user: ConsoleUser, filter: Record<string, unknown>): Promise<ConventionRow[]> {
      if (filter.beneficiary !== undefined && filter.beneficiary !== '' && !hasProfile(user, 'gestionnaire_fse')) {
        const id = Number(filter.beneficiary);
        const sees = Number.isInteger(id) && id > 0 && Boolean(await fileActive().service('beneficiaries').isVisible(user, id));
        if (!sees && (await operatorOfferIds(user)).length === 0) throw new ConsoleError(404, 'Dossier introuvable.');
      }
      const rows = await rowsFor(user, filter);
      await auditMany(user, 'read:fse-conventions', rows.map((r) => r.beneficiary));
      return rows;
    },

    async findOne(user: ConsoleUser, id: number) {
      const row = await requireRow(user, id);
      const found = await detail(user, row);
      await audit(user, 'read:fse-questionnaire', row.beneficiary);
      return found;
    },

    /** Saves a questionnaire whole (complete or refused): checked answers, one transaction. */
    async save(user: ConsoleUser, id: number, kind: unknown, body: Record<string, unknown>) {
      if (!isQuestionnaireKind(kind)) throw new ConsoleError(404, 'Questionnaire introuvable.');
      const row = await requireRow(user, id);
      const offers = await offersById();
      const actor = await actorFor(user, row.beneficiary, offers.get(row.offer));
      const existing = (await savedOf(row.id)).find((s) => s.kind === kind) ?? null;
      const allowed = checkFill(actor, kind, row, existing);
      if (!allowed.ok) throw new ConsoleError(allowed.status, allowed.message);
      const questions: Question[] = await getService(strapi, 'questions').all();
      const answers = checkAnswers(questions, kind, body.answers);
      if (!answers.ok) throw new ConsoleError(answers.status, answers.message, answers.field ? { field: answers.field } : undefined);
      const now = new Date();
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        // Conditional on the origin: a questionnaire taken over meanwhile stays untouched.
        const updated = rowsOf(await t.raw(
          "UPDATE fse_questionnaires SET answers = ?, saved_at = ?, saved_by_login = ?, updated_at = ? WHERE convention_id = ? AND kind = ? AND source = 'application' RETURNING id",
          [JSON.stringify(answers.value), now, user.login, now, row.id, kind],
        ));
        if (updated.length === 0) {
          if (existing) throw new ConsoleError(409, 'Ce questionnaire a été repris de l’ancien outil : il est en lecture seule.');
          await insertRow(t, 'fse_questionnaires', {
            document_id: randomUUID().replace(/-/g, '').slice(0, 24),
            convention_id: row.id, beneficiary_id: row.beneficiary, kind, answers: JSON.stringify(answers.value), source: 'application',
            saved_at: now, saved_by_login: user.login, created_at: now, updated_at: now, published_at: now,
          });
        }
      });
      await audit(user, 'change:fse-questionnaire', row.beneficiary);
      return detail(user, await requireRow(user, id));
    },

    /** Completeness per operation or per operator (gestionnaire FSE). */
    async completeness(user: ConsoleUser, by: 'operation' | 'operator') {
      if (!hasProfile(user, 'gestionnaire_fse')) throw new ConsoleError(403, 'Le suivi de complétude est réservé aux gestionnaires FSE.');
      const rows = await rowsFor(user, {});
      const groups = new Map<string, { id: string; label: string; conventions: number; entryMissing: number; exitMissing: number; exitPending: number; complete: number }>();
      for (const r of rows) {
        const key = by === 'operation' ? r.operationCode : r.operator ?? '—';
        const label = by === 'operation' ? `${r.operationCode} — ${r.operationName}` : r.operatorName ?? 'Sans opérateur';
        const g = groups.get(key) ?? { id: key, label, conventions: 0, entryMissing: 0, exitMissing: 0, exitPending: 0, complete: 0 };
        g.conventions += 1;
        if (r.entryStatus === 'missing') g.entryMissing += 1;
        if (r.exitStatus === 'missing') g.exitMissing += 1;
        if (r.exitStatus === 'unavailable') g.exitPending += 1;
        if (r.complete) g.complete += 1;
        groups.set(key, g);
      }
      await auditMany(user, 'read:fse-completeness', rows.map((r) => r.beneficiary));
      return [...groups.values()].map((g) => ({ ...g, rate: g.conventions === 0 ? null : Math.round((g.complete / g.conventions) * 1000) / 10 })).sort((a, b) => a.label.localeCompare(b.label, 'fr'));
    },

    /** Every FSE étape (accepted, on an offer of an operation) as the conflict rules read them. */
    async fseSteps(): Promise<Array<FseStepRow & { offerId: number }>> {
      const l = getService(strapi, 'operations').link();
      return rowsOf<Row>(await knex().raw(
        `SELECT p.id, p.beneficiary_id, p.offer_id, p.planned_start, p.planned_end, p.real_start, p.real_end, op.start_date, op.end_date
         FROM positionnements p JOIN ${l.table} k ON k.${l.offer} = p.offer_id JOIN fse_operations op ON op.id = k.${l.operation}
         WHERE p.state IN (${STEP_STATES.map(() => '?').join(', ')})`,
        [...STEP_STATES],
      )).map((r) => ({ id: Number(r.id), beneficiaryId: Number(r.beneficiary_id), offerId: Number(r.offer_id), plannedStart: toIsoDate(r.planned_start), plannedEnd: toIsoDate(r.planned_end), realStart: toIsoDate(r.real_start), realEnd: toIsoDate(r.real_end), operationStart: toIsoDate(r.start_date) ?? '', operationEnd: toIsoDate(r.end_date) ?? '' }));
    },

    /**
     * The conflicts already in the data (gestionnaire FSE): the overlapping pairs of FSE étapes of
     * one person and the étapes outside their operation, found in SQL (set-based, one query);
     * the property test holds this SQL equal to the domain's findConflicts on both databases.
     */
    async conflictsSql(): Promise<Conflict[]> {
      const l = getService(strapi, 'operations').link();
      const fse = `SELECT p.id, p.beneficiary_id, p.planned_start, p.planned_end, p.real_start, p.real_end, op.start_date AS op_start, op.end_date AS op_end,
          COALESCE(p.real_start, p.planned_start) AS occ_start, COALESCE(p.real_end, p.planned_end) AS occ_end
        FROM positionnements p JOIN ${l.table} k ON k.${l.offer} = p.offer_id JOIN fse_operations op ON op.id = k.${l.operation}
        WHERE p.state IN ('etape', 'termine')`;
      const outside = rowsOf<Row>(await knex().raw(
        `SELECT s.id, s.beneficiary_id FROM (${fse}) s
         WHERE s.planned_start < s.op_start OR s.planned_start > s.op_end OR s.planned_end < s.op_start OR s.planned_end > s.op_end
            OR s.real_start < s.op_start OR s.real_start > s.op_end OR s.real_end < s.op_start OR s.real_end > s.op_end
         ORDER BY s.id`,
      ));
      const pairs = rowsOf<Row>(await knex().raw(
        `SELECT a.id AS a_id, b.id AS b_id, a.beneficiary_id FROM (${fse}) a JOIN (${fse}) b ON b.beneficiary_id = a.beneficiary_id AND a.id < b.id
         WHERE a.occ_start IS NOT NULL AND a.occ_end IS NOT NULL AND b.occ_start IS NOT NULL AND b.occ_end IS NOT NULL
           AND a.occ_start <= b.occ_end AND b.occ_start <= a.occ_end
         ORDER BY a.id, b.id`,
      ));
      return [
        ...outside.map((r): Conflict => ({ kind: 'outside_operation', beneficiaryId: Number(r.beneficiary_id), stepId: Number(r.id), otherStepId: null })),
        ...pairs.map((r): Conflict => ({ kind: 'overlap', beneficiaryId: Number(r.beneficiary_id), stepId: Number(r.a_id), otherStepId: Number(r.b_id) })),
      ];
    },

    /** The conflict list of the console (gestionnaire FSE), audited as a read of the files named. */
    async conflicts(user: ConsoleUser) {
      if (!hasProfile(user, 'gestionnaire_fse')) throw new ConsoleError(403, 'La liste des conflits est réservée aux gestionnaires FSE.');
      const conflicts = await this.conflictsSql();
      const steps = new Map((await this.fseSteps()).map((s) => [s.id, s]));
      const offers = await offersById();
      const files = new Map(rowsOf<Row>(await knex().raw(
        `SELECT id, file_number, last_name, first_name FROM beneficiaries WHERE id IN (${[0, ...conflicts.map((c) => c.beneficiaryId)].map(() => '?').join(', ')})`,
        [0, ...conflicts.map((c) => c.beneficiaryId)],
      )).map((r) => [Number(r.id), r]));
      const describe = (id: number | null) => {
        const s = id === null ? undefined : steps.get(id);
        if (!s) return null;
        return { id: s.id, offerTitle: offers.get(s.offerId)?.title ?? '', start: s.realStart ?? s.plannedStart, end: s.realEnd ?? s.plannedEnd };
      };
      const result = conflicts.map((c, index) => {
        const f = files.get(c.beneficiaryId);
        return {
          id: index + 1,
          kind: c.kind,
          kindLabel: CONFLICT_LABELS[c.kind],
          beneficiary: c.beneficiaryId,
          fileNumber: (f?.file_number as string | null) ?? null,
          beneficiaryName: f ? `${String(f.last_name)} ${String(f.first_name)}` : '',
          step: describe(c.stepId),
          otherStep: describe(c.otherStepId),
        };
      });
      await auditMany(user, 'read:fse-conflicts', result.map((r) => r.beneficiary));
      return result;
    },

    /** Participants and indicators for the ESF+ reporting: one row per convention, answers as labels. */
    async exportRows(user: ConsoleUser, filter: Record<string, unknown>) {
      if (!hasProfile(user, 'gestionnaire_fse')) throw new ConsoleError(403, 'L’export FSE est réservé aux gestionnaires FSE.');
      const rows = await rowsFor(user, filter);
      const questions = await getService(strapi, 'questions').all();
      const answers = new Map<string, Answers>();
      if (rows.length > 0) {
        for (const r of rowsOf<Row>(await knex().raw('SELECT convention_id, kind, answers FROM fse_questionnaires'))) answers.set(`${String(r.convention_id)}:${String(r.kind)}`, parseAnswers(r.answers));
      }
      await auditMany(user, 'export:fse-participants', rows.map((r) => r.beneficiary));
      return {
        questions,
        rows: rows.map((r) => ({ ...r, ageGroup: ageGroup(r.birthDate, r.realStart ?? r.plannedStart), entryAnswers: answers.get(`${r.id}:entry`) ?? null, exitAnswers: answers.get(`${r.id}:exit`) ?? null })),
      };
    },
  };
};
