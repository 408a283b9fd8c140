// Reading CERs, their objectives (with links) and history from the tables, and turning rows
// into the shapes the domain and the console use. Every function takes the connection to use,
// so the same reads run inside a transaction (a trx) or outside it.
import type { CerPrintedFields, CerState } from '../../../domain';
import type { CerFieldValues, CerValueField } from '../../../domain/editing/parse-cer-fields';
import { placeholders, rowsOf, toBool, toInstant, toIsoDate, toNumber, isPostgres, type Knex, type Row } from './sql';

export type CerRecord = CerFieldValues & {
  id: number;
  beneficiaryId: number;
  state: CerState;
  createdBy: string | null;
  createdAt: string | null;
  updatedAt: string | null;
};

export type ObjectiveLink = { id: number; kind: 'step' | 'positioning'; targetId: number };
export type ObjectiveRecord = { id: number; theme: string; description: string; position: number; links: ObjectiveLink[] };
/** `by` is the login; `byName` the collaborator's « Prénom NOM » (the login when unknown). */
export type HistoryRecord = { from: CerState | null; to: CerState; by: string; byName: string; at: string; comment: string | null };

export const COLUMN_OF: Record<CerValueField, string> = {
  number: 'number',
  start: 'start_date',
  end: 'end_date',
  signedOn: 'signed_on',
  comment: 'comment',
  lastContract: 'last_contract',
  priority: 'priority',
  situation: 'situation',
  evaluation: 'evaluation',
  expression: 'expression',
  agreement: 'agreement',
  departmentDecision: 'department_decision',
  decision: 'decision',
  validatedOn: 'validated_on',
  notValidatedOn: 'not_validated_on',
  referentNote: 'referent_note',
};

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export const recordOf = (r: Row): CerRecord => ({
  id: toNumber(r.id),
  beneficiaryId: toNumber(r.beneficiary_id),
  state: String(r.state) as CerState,
  number: toNumber(r.number),
  start: toIsoDate(r.start_date) ?? '',
  end: toIsoDate(r.end_date),
  signedOn: toIsoDate(r.signed_on),
  comment: text(r.comment),
  lastContract: toBool(r.last_contract),
  priority: text(r.priority),
  situation: text(r.situation),
  evaluation: text(r.evaluation),
  expression: text(r.expression),
  agreement: (text(r.agreement) ?? 'nc') as CerFieldValues['agreement'],
  departmentDecision: text(r.department_decision),
  decision: text(r.decision),
  validatedOn: toIsoDate(r.validated_on),
  notValidatedOn: toIsoDate(r.not_validated_on),
  referentNote: text(r.referent_note),
  createdBy: text(r.created_by_login),
  createdAt: toInstant(r.created_at),
  updatedAt: toInstant(r.updated_at),
});

/** One CER, or null. `lock`: inside a transaction, hold the row (PostgreSQL) until commit. */
export const loadCer = async (knex: Knex, id: number, lock = false): Promise<CerRecord | null> => {
  const suffix = lock && isPostgres(knex) ? ' FOR UPDATE' : '';
  const [row] = rowsOf(await knex.raw(`SELECT * FROM cers WHERE id = ?${suffix}`, [id]));
  return row ? recordOf(row) : null;
};

export const loadObjectives = async (knex: Knex, cerId: number): Promise<ObjectiveRecord[]> => {
  const objectives = rowsOf(
    await knex.raw('SELECT id, theme, description, position FROM cer_objectives WHERE cer_id = ? ORDER BY position, id', [cerId]),
  );
  const ids = objectives.map((o) => toNumber(o.id));
  const links = ids.length
    ? rowsOf(
        await knex.raw(
          `SELECT id, objective_id, kind, target_id FROM cer_objective_links WHERE objective_id IN (${placeholders(ids)}) ORDER BY id`,
          ids,
        ),
      )
    : [];
  return objectives.map((o) => ({
    id: toNumber(o.id),
    theme: String(o.theme ?? ''),
    description: String(o.description ?? ''),
    position: toNumber(o.position),
    links: links
      .filter((l) => toNumber(l.objective_id) === toNumber(o.id))
      .map((l) => ({ id: toNumber(l.id), kind: String(l.kind) as ObjectiveLink['kind'], targetId: toNumber(l.target_id) })),
  }));
};

export const countObjectives = async (knex: Knex, cerId: number): Promise<number> => {
  const [row] = rowsOf(await knex.raw('SELECT COUNT(*) AS n FROM cer_objectives WHERE cer_id = ?', [cerId]));
  return toNumber(row?.n);
};

export const loadHistory = async (knex: Knex, cerId: number): Promise<HistoryRecord[]> =>
  rowsOf(
    await knex.raw(
      'SELECT h.from_state, h.to_state, h.by_login, u.name AS by_name, h.at, h.comment FROM cer_history_entries h LEFT JOIN console_users u ON u.login = h.by_login WHERE h.cer_id = ? ORDER BY h.id',
      [cerId],
    ),
  ).map(
    (h) => ({
      from: (text(h.from_state) as CerState | null) ?? null,
      to: String(h.to_state) as CerState,
      by: String(h.by_login),
      byName: text(h.by_name) ?? String(h.by_login),
      at: toInstant(h.at) ?? '',
      comment: text(h.comment),
    }),
  );

/** What the CER documents print (and what the signature fingerprint covers). */
export const printedFieldsOf = (cer: CerRecord, objectives: readonly { theme: string; description: string }[]): CerPrintedFields => ({
  number: cer.number,
  start: cer.start,
  end: cer.end,
  signedOn: cer.signedOn,
  situation: cer.situation,
  evaluation: cer.evaluation,
  expression: cer.expression,
  agreement: cer.agreement,
  departmentDecision: cer.departmentDecision,
  decision: cer.decision,
  validatedOn: cer.validatedOn,
  notValidatedOn: cer.notValidatedOn,
  objectives: objectives.map((o) => ({ theme: o.theme, description: o.description })),
});

export const historyRow = (cerId: number, entry: { from: string | null; to: string; by: string; at: Date; comment: string | null }): Row => ({
  cer_id: cerId,
  from_state: entry.from,
  to_state: entry.to,
  by_login: entry.by,
  at: entry.at,
  comment: entry.comment,
  created_at: entry.at,
  updated_at: entry.at,
});
