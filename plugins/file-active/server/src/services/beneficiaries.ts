// Beneficiary files as the console reads them (CONTRACT.md `beneficiaries`): a scoped list with
// search and filters in two queries (page + its référents, no N+1), and the detail.
import type { Core } from '@strapi/strapi';
import { ConsoleError, offThreadRead, todayInParis, type ConsoleUser, type ListQuery } from '@rsa/console-kit';
import { LIST_COUNT_CAP, nameSortKey, type BeneficiaryListItem, type ReferentSummary } from '@rsa/vocabulary';
import { cappedTotals } from './capped-totals';
import { characteristicValueLabel, type CharacteristicCatalogue } from '../../../domain/characteristic-catalogue';
import { beneficiaryFiltersSql, searchWords } from './beneficiary-filters';
import { summaryExtras } from './file-summary';
import { visibleFilesSql } from './scope';
import { assignmentInForceSql, fileStateSql, isIndexedWord, lastParcoursIdSql, placeholders, preparedRaw, rowsOf, searchTextSql, toIsoDate, type Knex } from './sql';

export const SORTABLE = ['recent', 'fileNumber', 'lastName', 'firstName', 'birthDate', 'updatedFromGenesisOn', 'state'] as const;
const SORT_COLUMNS: Record<(typeof SORTABLE)[number], string> = {
  recent: 'rc.consulted_at',
  fileNumber: 'b.file_number',
  // The folded key (nameSortKey): French order on both databases, not the bytes' order.
  lastName: 'b.sort_name',
  firstName: 'b.first_name',
  birthDate: 'b.birth_date',
  updatedFromGenesisOn: 'b.updated_from_genesis_on',
  state: 'state',
};

type Row = Record<string, unknown>;

const listItem = (r: Row, referent: ReferentSummary | null): BeneficiaryListItem => ({
  id: Number(r.id),
  fileNumber: String(r.file_number),
  genesisId: (r.genesis_id as string) ?? null,
  householdNumber: (r.household_number as string) ?? null,
  lastName: String(r.last_name),
  birthName: (r.birth_name as string) ?? null,
  firstName: String(r.first_name),
  birthDate: toIsoDate(r.birth_date),
  sex: (r.sex as string) ?? null,
  state: r.state as BeneficiaryListItem['state'],
  currentReferent: referent,
  updatedFromGenesisOn: toIsoDate(r.updated_from_genesis_on),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const totals = cappedTotals();
  const catalogue = (): Promise<CharacteristicCatalogue> => strapi.plugin('file-active').service('characteristic-catalogue').load();

  /** Current référent de parcours (assignment in force today) of each file, by file id. */
  const currentReferents = async (ids: number[], today: string): Promise<Map<number, ReferentSummary>> => {
    if (ids.length === 0) return new Map();
    const last = lastParcoursIdSql('b.id', today);
    const inForce = assignmentInForceSql('a', today);
    const rows = rowsOf<Row>(
      await preparedRaw(
        knex(),
        `SELECT b.id AS beneficiary_id, a.login, u.name, u.structure_code, st.name AS structure_name
           FROM beneficiaries b
           JOIN assignments a ON a.id = ${last.sql}
           LEFT JOIN console_users u ON u.login = a.login
           LEFT JOIN structures st ON st.code = u.structure_code
          WHERE b.id IN (${placeholders(ids)}) AND ${inForce.sql}`,
        [...last.bindings, ...ids, ...inForce.bindings],
      ),
    );
    return new Map(rows.map((r) => [Number(r.beneficiary_id), { login: String(r.login), name: String(r.name ?? r.login), structure: (r.structure_code as string) ?? null, structureName: (r.structure_name as string) ?? null }]));
  };

  return {
    /**
     * Files written before the sort key existed (or by hand) get it, by the import's function:
     * run at bootstrap, a no-op once every file has one.
     */
    async backfillSortNames(): Promise<number> {
      const missing = rowsOf<{ id: number; last_name: string | null; first_name: string | null }>(
        await knex().raw('SELECT id, last_name, first_name FROM beneficiaries WHERE sort_name IS NULL'),
      );
      for (const r of missing) await knex().raw('UPDATE beneficiaries SET sort_name = ? WHERE id = ?', [nameSortKey(r.last_name, r.first_name), r.id]);
      return missing.length;
    },

    async list(user: ConsoleUser, query: ListQuery): Promise<{ rows: BeneficiaryListItem[]; total: number }> {
      const today = todayInParis();
      const parts = [visibleFilesSql(user, today), ...beneficiaryFiltersSql(query.filter, today, await catalogue(), (tokens) => searchTextSql(knex(), tokens))];
      const where = parts.map((p) => p.sql).join(' AND ');
      const bindings = parts.flatMap((p) => p.bindings);
      // At 100,000 files every statement reads only what it needs: the joins a condition or the
      // order uses (the file's enrolment `e`, this user's consultation `rc`), the page's ids
      // first (an index walk), then the 25 rows with their state and référent.
      const sort = query.sort ?? { field: 'recent', order: 'DESC' };
      const order = sort.order === 'ASC' ? 'ASC' : 'DESC';
      const stateSort = sort.field === 'state';
      const uses = (alias: string, extra = '') => new RegExp(`\\b${alias}\\.`).test(where + extra);
      const from = (extraSql = '', withRc = uses('rc')) => {
        const withE = uses('e', extraSql);
        return {
          sql: `FROM beneficiaries b${withE ? ' LEFT JOIN enrolments e ON e.beneficiary_id = b.id' : ''}${
            withRc ? ' LEFT JOIN file_consultations rc ON rc.beneficiary_id = b.id AND rc.login = ?' : ''
          } WHERE ${where}`,
          bindings: [...(withRc ? [user.login] : []), ...bindings],
        };
      };
      const all = from();
      const limit = query.range.end - query.range.start + 1;
      // The total is exact up to LIST_COUNT_CAP; beyond, the count stops at LIST_COUNT_CAP + 1 (the
      // console shows « plus de 10 000 ») instead of reading a 40,000-file perimeter on every page.
      // Prepared (preparedRaw): the list's statements keep their text from one page to the next.
      // A capped total is remembered a short while (capped-totals): not counted on every page.
      const countSql = `SELECT COUNT(*) AS total FROM (SELECT 1 ${all.sql} LIMIT ${LIST_COUNT_CAP + 1}) capped`;
      const countAll = () =>
        totals.total(`${countSql}\u0000${JSON.stringify(all.bindings)}`, async () => Number(rowsOf<Row>(await preparedRaw(knex(), countSql, all.bindings))[0]?.total ?? 0));
      const column = stateSort ? '' : SORT_COLUMNS[sort.field as keyof typeof SORT_COLUMNS] ?? 'b.sort_name';
      let ids: number[];
      let total: number | undefined;
      // The columns of a shown row (its state and current référent), read for the page's files only.
      const last = lastParcoursIdSql('b.id', today);
      const inForce = assignmentInForceSql('ca', today);
      const shown = {
        columns: `b.id, b.file_number, b.genesis_id, b.household_number, b.last_name, b.birth_name, b.first_name, b.birth_date, b.sex,
                  b.updated_from_genesis_on, ${fileStateSql(today).sql} AS state,
                  ca.login AS referent_login, cu.name AS referent_name, cu.structure_code AS referent_structure, cs.name AS referent_structure_name`,
        joins: `LEFT JOIN enrolments e ON e.beneficiary_id = b.id
                LEFT JOIN assignments ca ON ca.id = ${last.sql} AND ${inForce.sql}
                LEFT JOIN console_users cu ON cu.login = ca.login
                LEFT JOIN structures cs ON cs.code = cu.structure_code`,
        bindings: [...fileStateSql(today).bindings, ...last.bindings, ...inForce.bindings],
      };
      let searched: Row[] | undefined;
      const words = searchWords(query.filter);
      if (words.some(isIndexedWord) && sort.field !== 'recent' && !stateSort) {
        // A name search: its matches first (the trigram index on PostgreSQL, one pass over the
        // narrow column on SQLite), counted and sorted from that one set. Walking the name index
        // and testing each file made PostgreSQL read 10,000 files to find 25 « richard ».
        // PostgreSQL: prepared (its plan kept: 1.2 ms of planning per search) only when every word
        // goes through the trigram index: a kept plan does not look at the words, and for a word of
        // two letters it walked the whole index (251 ms) where a planned scan takes 44 ms.
        // SQLite: read in a worker thread (offThreadRead), the longest read of the list screens.
        // The page's rows come in the same statement (one round trip; on SQLite all in the worker).
        const page = from();
        const sql = `WITH m AS MATERIALIZED (SELECT b.id, ${column} AS k ${page.sql}),
             p AS (SELECT m.id, m.k, (SELECT COUNT(*) FROM m) AS total FROM m ORDER BY m.k ${order}, m.id ${order} LIMIT ? OFFSET ?)
             SELECT p.total, ${shown.columns} FROM p JOIN beneficiaries b ON b.id = p.id ${shown.joins} ORDER BY p.k ${order}, p.id ${order}`;
        searched = rowsOf<Row>(
          await offThreadRead(knex(), sql, [...page.bindings, limit, query.range.start, ...shown.bindings], { prepared: words.every(isIndexedWord) }),
        );
        ids = searched.map((r) => Number(r.id));
        total = searched.length > 0 ? Number(searched[0].total) : query.range.start === 0 ? 0 : await countAll();
      } else if (sort.field === 'recent') {
        // The files this user consulted, most recent first (F1), then the others by name: two
        // index-friendly reads instead of one sort of the whole perimeter.
        const consultedSql = 'EXISTS (SELECT 1 FROM file_consultations rx WHERE rx.beneficiary_id = b.id AND rx.login = ? AND rx.consulted_at IS NOT NULL)';
        const consulted = rowsOf<Row>(
          await knex().raw(
            `SELECT b.id, rcx.consulted_at FROM beneficiaries b JOIN file_consultations rcx ON rcx.beneficiary_id = b.id AND rcx.login = ? AND rcx.consulted_at IS NOT NULL
               ${all.sql.replace(/^FROM beneficiaries b/, '')}
              ORDER BY rcx.consulted_at ${order}, b.sort_name ASC, b.id ASC`,
            [user.login, ...all.bindings],
          ),
        );
        ids = consulted.slice(query.range.start, query.range.end + 1).map((r) => Number(r.id));
        if (ids.length < limit) {
          const rest = from(consultedSql);
          const others = rowsOf<Row>(
            await knex().raw(`SELECT b.id ${rest.sql} AND NOT ${consultedSql} ORDER BY b.sort_name ASC, b.id ASC LIMIT ? OFFSET ?`, [
              ...rest.bindings,
              user.login,
              limit - ids.length,
              Math.max(0, query.range.start - consulted.length),
            ]),
          );
          ids = [...ids, ...others.map((r) => Number(r.id))];
        }
      } else {
        const state = fileStateSql(today);
        const orderBy = stateSort ? `(${state.sql})` : column;
        const page = from(stateSort ? state.sql : '');
        ids = rowsOf<Row>(
          await preparedRaw(knex(), `SELECT b.id ${page.sql} ORDER BY ${orderBy} ${order}, b.id ${order} LIMIT ? OFFSET ?`, [
            ...page.bindings,
            ...(stateSort ? state.bindings : []),
            limit,
            query.range.start,
          ]),
        ).map((r) => Number(r.id));
      }
      if (total === undefined) total = await countAll();
      // The page's rows with their state and current référent in one statement.
      const rows =
        searched ??
        (ids.length
          ? rowsOf<Row>(await preparedRaw(knex(), `SELECT ${shown.columns} FROM beneficiaries b ${shown.joins} WHERE b.id IN (${placeholders(ids)})`, [...shown.bindings, ...ids]))
          : []);
      const byId = new Map(rows.map((r) => [Number(r.id), r]));
      const referentOf = (r: Row): ReferentSummary | null =>
        r.referent_login === null || r.referent_login === undefined
          ? null
          : { login: String(r.referent_login), name: String(r.referent_name ?? r.referent_login), structure: (r.referent_structure as string) ?? null, structureName: (r.referent_structure_name as string) ?? null };
      return {
        rows: ids.flatMap((id) => (byId.has(id) ? [listItem(byId.get(id) as Row, referentOf(byId.get(id) as Row))] : [])),
        total,
      };
    },

    /** Whether the collaborator may see the file today (the 404 rule). */
    async isVisible(user: ConsoleUser, id: number): Promise<boolean> {
      const scope = visibleFilesSql(user, todayInParis());
      const rows = rowsOf<Row>(await preparedRaw(knex(), `SELECT b.id FROM beneficiaries b WHERE b.id = ? AND ${scope.sql}`, [id, ...scope.bindings]));
      return rows.length > 0;
    },

    async detail(user: ConsoleUser, id: number) {
      const today = todayInParis();
      // The perimeter in the file's own statement (no row: outside it, 404).
      const scope = visibleFilesSql(user, today);
      const [r] = rowsOf<Row>(
        await preparedRaw(
          knex(),
          `SELECT b.*, ${fileStateSql(today).sql} AS state, e.entered_on, e.exited_on
             FROM beneficiaries b LEFT JOIN enrolments e ON e.beneficiary_id = b.id WHERE b.id = ? AND ${scope.sql}`,
          [...fileStateSql(today).bindings, id, ...scope.bindings],
        ),
      );
      if (!r) throw new ConsoleError(404, 'Dossier introuvable.');
      const referents = await currentReferents([id], today);
      const fileCatalogue = await catalogue();
      const [characteristics, assignments, household, rightsEvents, standbys, events] = await Promise.all([
        preparedRaw(knex(), `SELECT family, name, value, since FROM characteristics WHERE beneficiary_id = ? AND until IS NULL ORDER BY family, name`, [id]),
        preparedRaw(
          knex(),
          `SELECT a.id, a.login, a.role, a.start_date, a.end_date, a.source, u.name, u.structure_code, st.name AS structure_name
             FROM assignments a LEFT JOIN console_users u ON u.login = a.login LEFT JOIN structures st ON st.code = u.structure_code
            WHERE a.beneficiary_id = ? ORDER BY a.start_date, a.id`,
          [id],
        ),
        preparedRaw(
          knex(),
          `SELECT id, file_number, household_role, last_name, first_name FROM beneficiaries WHERE household_number = ? AND id <> ? ORDER BY household_role, id`,
          [r.household_number, id],
        ),
        preparedRaw(knex(), `SELECT occurred_on, name, old_value, new_value FROM rights_events WHERE beneficiary_id = ? ORDER BY occurred_on, id`, [id]),
        preparedRaw(knex(), `SELECT id, start_date, end_date, ended_on, motif FROM standbys WHERE beneficiary_id = ? ORDER BY start_date, id`, [id]),
        preparedRaw(knex(), `SELECT kind, occurred_on, details, by_login FROM file_events WHERE beneficiary_id = ? ORDER BY occurred_on, id`, [id]),
      ]);
      const allAssignments = rowsOf<Row>(assignments).map((a) => ({
        id: Number(a.id),
        login: String(a.login),
        name: (a.name as string) ?? String(a.login),
        structure: (a.structure_code as string) ?? null,
        structureName: (a.structure_name as string) ?? null,
        role: a.role as 'parcours' | 'etape',
        start: toIsoDate(a.start_date),
        end: toIsoDate(a.end_date),
        source: a.source as string,
      }));
      const phone = strapi.plugin('file-active').service('search').phoneForDisplay((r.phone as string) ?? null);
      const current = rowsOf<Row>(characteristics).map((c) => ({ family: String(c.family), name: String(c.name), value: (c.value as string) ?? null, since: toIsoDate(c.since) }));
      const actions = await strapi.plugin('file-active').service('file-access').actionsFor(user, id);
      return {
        ...listItem(r, referents.get(id) ?? null),
        ...summaryExtras({ state: r.state as BeneficiaryListItem['state'], enteredOn: toIsoDate(r.entered_on), characteristics: current, actions }, today, fileCatalogue),
        civility: (r.civility as string) ?? null,
        organisation: (r.organisation as string) ?? null,
        cafNumber: (r.caf_number as string) ?? null,
        householdRole: (r.household_role as string) ?? null,
        territory: (r.territory_code as string) ?? null,
        phone,
        email: (r.email as string) ?? null,
        address: {
          line1: (r.address_line_1 as string) ?? null,
          line2: (r.address_line_2 as string) ?? null,
          postalCode: (r.postal_code as string) ?? null,
          city: (r.city as string) ?? null,
          inseeCode: (r.insee_code as string) ?? null,
        },
        enrolment: { programme: 'Accompagnement RSA', enteredOn: toIsoDate(r.entered_on), exitedOn: toIsoDate(r.exited_on) },
        characteristics: current.map((c) => ({ ...c, label: c.value === null ? null : characteristicValueLabel(fileCatalogue, c.family, c.name, c.value) })),
        assignments: allAssignments,
        lastReferent: [...allAssignments].reverse().find((a) => a.role === 'parcours') ?? null,
        household: rowsOf<Row>(household).map((h) => ({
          id: Number(h.id),
          fileNumber: String(h.file_number),
          role: h.household_role,
          lastName: h.last_name,
          firstName: h.first_name,
        })),
        rightsEvents: rowsOf<Row>(rightsEvents).map((e) => {
          // Droit events name a characteristic of "Situation RSA" or "Situation familiale"; values are its codes.
          const family = e.name === 'Situation familiale' ? 'Situation familiale' : 'Situation RSA';
          const labelOf = (v: unknown) => (v === null || v === undefined ? null : characteristicValueLabel(fileCatalogue, family, String(e.name), String(v)));
          return { on: toIsoDate(e.occurred_on), name: e.name, oldValue: e.old_value, newValue: e.new_value, oldLabel: labelOf(e.old_value), newLabel: labelOf(e.new_value) };
        }),
        standbys: rowsOf<Row>(standbys).map((s) => ({ id: Number(s.id), start: toIsoDate(s.start_date), end: toIsoDate(s.end_date), endedOn: toIsoDate(s.ended_on), motif: s.motif })),
        events: rowsOf<Row>(events).map((e) => ({ kind: e.kind, on: toIsoDate(e.occurred_on), byLogin: e.by_login })),
      };
    },
  };
};
