// CER use cases (FEATURES C1, CONTRACT.md `cers`): list of a file's CERs, detail, creation by
// the file's référent, edit following the state (ACCESS.md). Writes run in a transaction.
import type { Core } from '@strapi/strapi';
import { readsNotesAndCer } from '@rsa/vocabulary';
import { ConsoleError, requireReferenceChoice, todayInParis, type ConsoleUser, type ListQuery } from '@rsa/console-kit';
import { CER_NUMBER_ATTEMPTS, checkCerEdit, nextCerNumber, suggestedStart, workflowRolesOf } from '../../../domain';
import { CER_VALUE_FIELDS, parseCerFields, type CerFieldValues, type CerValueField } from '../../../domain/editing/parse-cer-fields';
import { detailOf, listItemOf } from './cer-presenter';
import { COLUMN_OF, historyRow, loadCer, loadHistory, loadObjectives, recordOf, type CerRecord } from './cer-store';
import { getService } from './get-service';
import { insertRow, isPostgres, isUniqueViolation, rowsOf, toNumber, updateRows, type Knex, type Row } from './sql';

const numberTaken = (number: unknown): ConsoleError =>
  new ConsoleError(422, `Le dossier a déjà un CER n° ${String(number)} : choisissez un autre numéro.`, { field: 'number' });

export const CER_SORTABLE = ['number', 'start', 'end', 'signedOn', 'state'] as const;
const SORT_COLUMNS: Record<(typeof CER_SORTABLE)[number], string> = {
  number: 'c.number',
  start: 'c.start_date',
  end: 'c.end_date',
  signedOn: 'c.signed_on',
  state: 'c.state',
};

// Output-only keys of the detail that react-admin sends back with an edit: never written.
const READ_ONLY_KEYS = new Set([
  'id', 'beneficiary', 'stateLabel', 'objectives', 'history', 'transitions', 'editable', 'templates', 'signature',
  'canStartSignature', 'canGenerateDocuments', 'hasSignedDocument', 'createdBy', 'createdAt', 'updatedAt',
  'linkKinds',
]);

const sameValue = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null);

const columnsOf = (values: Partial<CerFieldValues>): Row =>
  Object.fromEntries(Object.entries(values).map(([field, value]) => [COLUMN_OF[field as CerValueField], value]));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const access = () => getService(strapi, 'cer-access');

  const checkPriority = async (values: Partial<CerFieldValues>): Promise<void> => {
    if (values.priority === undefined || values.priority === null) return;
    // Stored as the label, so the CER keeps its wording once the item is deactivated.
    values.priority = (await requireReferenceChoice(knex(), 'cer_priority', values.priority, { field: 'priority' })).label;
  };

  const parseOrFail = (body: Record<string, unknown>, current?: { start: string; end: string | null }): Partial<CerFieldValues> => {
    const parsed = parseCerFields(body, current);
    if (!parsed.ok) throw new ConsoleError(422, parsed.message, { field: parsed.field });
    return parsed.values;
  };

  const detail = async (user: ConsoleUser, id: number) => {
    const cer = await access().visibleCer(user, id);
    const actor = await access().actorFor(user, cer.beneficiaryId);
    const [objectives, history, signatures, canGenerateDocuments] = await Promise.all([
      loadObjectives(knex(), id),
      loadHistory(knex(), id),
      getService(strapi, 'cer-signatures').summary(id),
      access().mayGenerateDocuments(user, cer.beneficiaryId),
    ]);
    // « Lier à un objectif »: the kinds a module has registered (étapes, positionnements), for
    // those who may link (the file's référent, secretariats, cadres); none for the others.
    const linkKinds = workflowRolesOf(actor).size > 0 ? getService(strapi, 'cer-objectives').linkKinds() : [];
    return { ...detailOf(cer, actor, objectives, history, signatures, canGenerateDocuments), linkKinds };
  };

  return {
    detail,

    async list(user: ConsoleUser, query: ListQuery) {
      const scope = strapi.plugin('file-active').service('scope').visibleFilesSql(user, todayInParis()) as { sql: string; bindings: unknown[] };
      const where = [scope.sql];
      const bindings = [...scope.bindings];
      if (!readsNotesAndCer(user.profiles)) where.push('1 = 0');
      if (query.filter.beneficiary !== undefined && query.filter.beneficiary !== null && query.filter.beneficiary !== '') {
        const beneficiary = Number(query.filter.beneficiary);
        if (!Number.isInteger(beneficiary)) throw new ConsoleError(400, 'Filtre beneficiary invalide.');
        where.push('c.beneficiary_id = ?');
        bindings.push(beneficiary);
      }
      if (typeof query.filter.state === 'string' && query.filter.state) {
        where.push('c.state = ?');
        bindings.push(query.filter.state);
      }
      const from = `FROM cers c JOIN beneficiaries b ON b.id = c.beneficiary_id WHERE ${where.join(' AND ')}`;
      const [count] = rowsOf(await knex().raw(`SELECT COUNT(*) AS total ${from}`, bindings));
      const sort = query.sort ?? { field: 'start', order: 'DESC' };
      const column = SORT_COLUMNS[sort.field as keyof typeof SORT_COLUMNS] ?? 'c.start_date';
      const rows = rowsOf(
        await knex().raw(`SELECT c.* ${from} ORDER BY ${column} ${sort.order}, c.id ${sort.order} LIMIT ? OFFSET ?`, [
          ...bindings,
          query.range.end - query.range.start + 1,
          query.range.start,
        ]),
      );
      return { rows: rows.map((r) => listItemOf(recordOf(r))), total: toNumber(count?.total) };
    },

    async create(user: ConsoleUser, body: Record<string, unknown>) {
      const beneficiaryId = Number(body.beneficiary);
      if (body.beneficiary === undefined || body.beneficiary === null || body.beneficiary === '') {
        throw new ConsoleError(422, 'Indiquez le dossier du bénéficiaire (beneficiary).');
      }
      await access().requireVisibleFile(user, beneficiaryId);
      const actor = await access().actorFor(user, beneficiaryId);
      if (!access().isFileReferent(actor)) throw new ConsoleError(403, 'Seul le référent du dossier peut créer un CER.');
      const given = CER_VALUE_FIELDS.filter((field) => field in body && body[field] !== null && body[field] !== '' && body[field] !== undefined);
      const check = checkCerEdit(actor, 'proposition', given);
      if (!check.ok) throw new ConsoleError(check.error.httpStatus, check.error.message, { fields: check.error.fields });
      const today = todayInParis();
      const input: Record<string, unknown> = { ...body };
      if (!given.includes('start')) input.start = suggestedStart(today);
      if (!given.includes('agreement')) input.agreement = 'nc';
      if (!given.includes('lastContract')) input.lastContract = false;
      const numberGiven = given.includes('number');
      const values = parseOrFail(Object.fromEntries(CER_VALUE_FIELDS.filter((f) => f in input).map((f) => [f, input[f]])));
      await checkPriority(values);
      let id = 0;
      // The number is the domain's next one, read inside the transaction that writes it while the
      // file's row is held (PostgreSQL; SQLite writes one transaction at a time), so creations on
      // one file take their numbers in turn. Should one still meet the unique index on
      // (beneficiary_id, number), it takes the next number and tries again.
      for (let attempt = 1; id === 0; attempt += 1) {
        const now = new Date();
        try {
          await strapi.db.transaction(async ({ trx }) => {
            const t = trx as unknown as Knex;
            if (isPostgres(t)) await t.raw('SELECT id FROM beneficiaries WHERE id = ? FOR UPDATE', [beneficiaryId]);
            const numbers = rowsOf(await t.raw('SELECT number FROM cers WHERE beneficiary_id = ?', [beneficiaryId])).map((r) => toNumber(r.number));
            if (!numberGiven) values.number = nextCerNumber(numbers);
            else if (numbers.includes(Number(values.number))) throw numberTaken(values.number);
            const created = await insertRow(t, 'cers', {
              ...columnsOf(values),
              beneficiary_id: beneficiaryId,
              state: 'proposition',
              created_by_login: user.login,
              updated_by_login: user.login,
              created_at: now,
              updated_at: now,
            });
            await insertRow(t, 'cer_history_entries', historyRow(created, { from: null, to: 'proposition', by: user.login, at: now, comment: 'Création du CER' }));
            id = created;
          });
        } catch (error) {
          id = 0;
          if (!isUniqueViolation(error)) throw error;
          if (numberGiven || attempt >= CER_NUMBER_ATTEMPTS) throw numberTaken(values.number);
        }
      }
      await access().audit(user, 'change:cer_create', beneficiaryId);
      return detail(user, id);
    },

    async update(user: ConsoleUser, id: number, body: Record<string, unknown>) {
      const cer = await access().visibleCer(user, id);
      const actor = await access().actorFor(user, cer.beneficiaryId);
      const values = parseOrFail(
        Object.fromEntries(Object.entries(body).filter(([key]) => (CER_VALUE_FIELDS as readonly string[]).includes(key))),
        { start: cer.start, end: cer.end },
      );
      const changed: string[] = [];
      for (const key of Object.keys(body)) {
        if (READ_ONLY_KEYS.has(key)) continue;
        if (key === 'state') {
          if (body.state !== cer.state) changed.push('state');
        } else if ((CER_VALUE_FIELDS as readonly string[]).includes(key)) {
          const field = key as CerValueField;
          if (!sameValue(values[field], cer[field])) changed.push(field);
        } else {
          changed.push(key);
        }
      }
      if (changed.length === 0) return detail(user, id);
      const check = checkCerEdit(actor, cer.state, changed);
      if (!check.ok) throw new ConsoleError(check.error.httpStatus, check.error.message, { fields: check.error.fields });
      const patch = Object.fromEntries(changed.map((field) => [field, values[field as CerValueField]])) as Partial<CerFieldValues>;
      await checkPriority(patch);
      if (patch.number !== undefined) {
        const [taken] = rowsOf(await knex().raw('SELECT id FROM cers WHERE beneficiary_id = ? AND number = ? AND id <> ?', [cer.beneficiaryId, patch.number, id]));
        if (taken) throw numberTaken(patch.number);
      }
      try {
        await strapi.db.transaction(async ({ trx }) => {
          const t = trx as unknown as Knex;
          const current = (await loadCer(t, id, true)) as CerRecord;
          const updated = await updateRows(t, 'cers', { ...columnsOf(patch), updated_by_login: user.login, updated_at: new Date() }, { id, state: current.state });
          if (current.state !== cer.state || updated !== 1) {
            throw new ConsoleError(409, 'Le CER a changé d’état pendant la modification : rechargez-le avant de recommencer.');
          }
        });
      } catch (error) {
        // Another request took this number between the check and the write.
        if (patch.number !== undefined && isUniqueViolation(error)) throw numberTaken(patch.number);
        throw error;
      }
      await access().audit(user, 'change:cer_edit', cer.beneficiaryId);
      return detail(user, id);
    },
  };
};
