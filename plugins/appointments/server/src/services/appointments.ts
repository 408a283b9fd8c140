// Appointments (CONTRACT.md `appointments`, FEATURES A1–A4, A8): the thin Strapi side of the
// domain rules. Every read goes through the file-active perimeter (a file outside it does not
// exist: 404) and is audited; every change is checked (rights, lists, slot, conflict) before
// anything is written.
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { appNow, ConsoleError, filterString, requireReferenceChoice, todayInParis, type ConsoleUser, type ListQuery, type ReferenceListCode } from '@rsa/console-kit';
import { addDays, isCalendarDate, parisLocalToInstant, toParisLocal, type AppointmentView } from '@rsa/vocabulary';
import {
  APPOINTMENT_STATUS_LABELS,
  ATTENDANCE,
  agendaShared,
  attendanceOf,
  checkCapacity,
  isAttendance,
  checkBooking,
  checkReminderRequest,
  checkSlot,
  checkSynthesis,
  conflictMessage,
  findConflict,
  isAppointmentStatus,
  isNoShow,
  mayManageAppointments,
  slotWarnings,
  statusNeedsStart,
  type Actor,
  type AppointmentStatus,
  type Collaborator,
} from '../../../domain';
import { insertRow, isPostgres, lockAgenda, preparedRaw, rowsOf, toBool, toDate, visibleFilesSql, type Knex, type Row } from './sql';

export const APPOINTMENT_SORTABLE = ['start', 'status', 'collaborator', 'type'];
const SORT_COLUMNS: Record<string, string> = { start: 'a.starts_at', status: 'a.status', collaborator: 'a.collaborator_login', type: 'a.type_code' };

export type { AppointmentView };

const LISTS: Array<[string, ReferenceListCode, string]> = [
  ['type', 'appointment_type', 'type_code'],
  ['theme', 'appointment_theme', 'theme_code'],
  ['place', 'place', 'place_code'],
];

export const actorOf = (user: ConsoleUser): Actor => ({ login: user.login, profiles: user.profiles, structure: user.structureCode, territory: user.territoryCode });

// The columns presentAppointment and the collective view read, no more: the agenda's week is 56
// rows read at every move, and each timestamp column is one more date PostgreSQL's driver parses
// per row (a.* had seven). Each label is looked up by (list, code) in `labels`.
const selectFrom = (labels: string, prefix = ''): string => `${prefix}SELECT a.id, a.beneficiary_id, a.collaborator_login, a.type_code, a.theme_code, a.place_code,
  a.start_local, a.starts_at, a.ends_at, a.duration, a.status, a.sms_reminder, a.synthesis, a.outcome, a.collective_key, a.capacity,
  b.first_name, b.last_name, b.file_number, u.name AS collaborator_name,
  (SELECT label FROM ${labels} r WHERE r.list = 'appointment_type' AND r.code = a.type_code) AS type_label,
  (SELECT label FROM ${labels} r WHERE r.list = 'appointment_theme' AND r.code = a.theme_code) AS theme_label,
  (SELECT label FROM ${labels} r WHERE r.list = 'place' AND r.code = a.place_code) AS place_label
  FROM appointments a JOIN beneficiaries b ON b.id = a.beneficiary_id LEFT JOIN console_users u ON u.login = a.collaborator_login`;
// PostgreSQL scans a table of two pages rather than use its index: three scans of the 90 reference
// items per row, 1.7 ms of the week's 56 rows; the three lists read once per statement (`l`) take
// 0.7 ms. SQLite finds each label through the (list, code) index, faster than a CTE without one.
const SELECT_POSTGRES = selectFrom('l', "WITH l AS MATERIALIZED (SELECT list, code, label FROM reference_items WHERE list IN ('appointment_type', 'appointment_theme', 'place'))\n  ");
const SELECT_SQLITE = selectFrom('reference_items');
const selectOn = (db: Knex): string => (isPostgres(db) ? SELECT_POSTGRES : SELECT_SQLITE);

export const presentAppointment = (r: Row, visible = true): AppointmentView => {
  const startsAt = toDate(r.starts_at) ?? new Date(0);
  const endsAt = toDate(r.ends_at) ?? new Date(0);
  const status = String(r.status) as AppointmentStatus;
  const view: AppointmentView = {
    id: Number(r.id),
    beneficiary: Number(r.beneficiary_id),
    beneficiaryName: [r.first_name, typeof r.last_name === 'string' ? r.last_name.toLocaleUpperCase('fr-FR') : null].filter(Boolean).join(' ') || null,
    fileNumber: (r.file_number as string) ?? null,
    collaborator: String(r.collaborator_login),
    collaboratorName: String(r.collaborator_name ?? r.collaborator_login),
    type: (r.type_code as string) ?? null,
    typeLabel: (r.type_label as string) ?? (r.type_code as string) ?? null,
    theme: (r.theme_code as string) ?? null,
    themeLabel: (r.theme_label as string) ?? (r.theme_code as string) ?? null,
    place: (r.place_code as string) ?? null,
    placeLabel: (r.place_label as string) ?? (r.place_code as string) ?? null,
    start: String(r.start_local),
    end: toParisLocal(endsAt),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    duration: Number(r.duration),
    status,
    statusLabel: APPOINTMENT_STATUS_LABELS[status] ?? status,
    smsReminder: toBool(r.sms_reminder),
    synthesis: (r.synthesis as string) ?? null,
    outcome: (r.outcome as string) ?? null,
    collective: (r.collective_key as string) ?? null,
    busy: false,
  };
  if (visible) return view;
  // Another file on a shared agenda: only the busy slot.
  return { ...view, beneficiary: null, beneficiaryName: null, fileNumber: null, type: null, typeLabel: null, theme: null, themeLabel: null, place: null, placeLabel: null, synthesis: null, outcome: null, smsReminder: false, busy: true };
};

// The columns every new appointment starts with, individual or one copy of a collective one.
type NewSlot = { startLocal: unknown; startsAt: unknown; endsAt: unknown; duration: number };
const newAppointmentRow = (beneficiaryId: number, collaboratorLogin: string, createdBy: string, codes: Record<string, string>, slot: NewSlot, at: Date) => ({
  beneficiary_id: beneficiaryId,
  collaborator_login: collaboratorLogin,
  created_by_login: createdBy,
  type_code: codes.type,
  theme_code: codes.theme,
  place_code: codes.place,
  start_local: slot.startLocal,
  starts_at: slot.startsAt,
  ends_at: slot.endsAt,
  duration: slot.duration,
  status: 'prevu',
  scheduled_at: at,
  sequence: 0,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const fileActive = () => strapi.plugin('file-active');
  const audit = (user: ConsoleUser, action: string, beneficiaryId: number | null) => fileActive().service('audit').record(user, action, beneficiaryId);

  const collaboratorOf = async (login: string): Promise<(Collaborator & { name: string }) | null> => {
    // Prepared: every move of the agenda asks it, and PostgreSQL planned it anew each time.
    const [u] = rowsOf<Row>(await preparedRaw(knex(), 'SELECT login, name, structure_code, territory_code, active FROM console_users WHERE login = ?', [login]));
    if (!u || u.active === false || u.active === 0) return null;
    return { login: String(u.login), name: String(u.name ?? u.login), structure: (u.structure_code as string) ?? null, territory: (u.territory_code as string) ?? null };
  };

  const isOwnFile = async (user: ConsoleUser, beneficiaryId: number): Promise<boolean> => Boolean(await fileActive().service('assignments').isOwnFile(user, beneficiaryId));

  const requireVisibleFile = async (user: ConsoleUser, beneficiaryId: number): Promise<void> => {
    if (!Number.isInteger(beneficiaryId) || beneficiaryId <= 0) throw new ConsoleError(404, 'Dossier introuvable.');
    await fileActive().service('file-access').requireVisible(user, beneficiaryId);
  };

  const loadRow = async (id: number): Promise<Row | null> => rowsOf<Row>(await knex().raw(`${selectOn(knex())} WHERE a.id = ?`, [id]))[0] ?? null;

  /** The appointment if the caller sees its file; 404 otherwise, exactly as for one that does not exist. */
  const visibleRow = async (user: ConsoleUser, id: number): Promise<Row> => {
    const row = await loadRow(id);
    if (!row || !(await fileActive().service('beneficiaries').isVisible(user, Number(row.beneficiary_id)))) throw new ConsoleError(404, 'Rendez-vous introuvable.');
    return row;
  };

  type AgendaEntry = { id: number; startsAt: Date; endsAt: Date; status: AppointmentStatus; row: Row };

  /** The collaborator's agenda around a slot (appointments not cancelled, any file), read on `db` (a transaction when booking). */
  const agendaAround = async (db: Knex, login: string, startsAt: Date, endsAt: Date): Promise<AgendaEntry[]> =>
    rowsOf<Row>(
      await db.raw(`${selectOn(db)} WHERE a.collaborator_login = ? AND a.starts_at < ? AND a.ends_at > ? AND a.status NOT IN ('annule_referent', 'annule_beneficiaire')`, [login, endsAt, startsAt]),
    ).map((r) => ({ id: Number(r.id), startsAt: toDate(r.starts_at) as Date, endsAt: toDate(r.ends_at) as Date, status: String(r.status) as AppointmentStatus, row: r }));

  /**
   * Conflict check and write as one step: the collaborator's agenda is locked for the
   * transaction, checked, then `write` runs on the same transaction. Two simultaneous bookings of
   * one slot: the second waits for the first and then sees it (409). Answers the conflict, if any,
   * without writing; the caller turns it into the 409 outside the transaction (SQLite has one
   * connection: nothing else may be read while the transaction holds it).
   */
  const bookAtomically = async <T>(login: string, slot: { startsAt: Date; endsAt: Date } | null, ignoreId: number | null, write: (trx: Knex) => Promise<T>): Promise<{ conflict: AgendaEntry } | { value: T }> =>
    strapi.db.transaction(async ({ trx }) => {
      const t = trx as unknown as Knex;
      if (slot) {
        await lockAgenda(t, login);
        const conflict = findConflict(slot, await agendaAround(t, login, slot.startsAt, slot.endsAt), ignoreId);
        if (conflict) return { conflict };
      }
      return { value: await write(t) };
    });

  const conflictError = async (user: ConsoleUser, collaborator: { name: string }, conflict: AgendaEntry): Promise<ConsoleError> => {
    const seen = Boolean(await fileActive().service('beneficiaries').isVisible(user, Number(conflict.row.beneficiary_id)));
    const view = presentAppointment(conflict.row, seen);
    return new ConsoleError(409, conflictMessage({ startsAt: conflict.startsAt, endsAt: conflict.endsAt, collaboratorName: collaborator.name, who: seen ? view.beneficiaryName : null }), {
      conflict: { id: view.id, start: view.start, end: view.end, collaborator: view.collaborator, beneficiaryName: view.beneficiaryName },
    });
  };

  const listChoice = async (list: ReferenceListCode, value: unknown, field: string): Promise<string> => {
    if (typeof value !== 'string' || value.trim() === '') throw new ConsoleError(422, `Champ obligatoire : ${field === 'type' ? 'type d’entretien' : field === 'theme' ? 'thème' : 'lieu'}.`, { field });
    return (await requireReferenceChoice(knex(), list, value, { field })).code;
  };

  const phoneOf = async (beneficiaryId: number): Promise<string | null> =>
    (rowsOf<Row>(await knex().raw('SELECT phone FROM beneficiaries WHERE id = ?', [beneficiaryId]))[0]?.phone as string | null) ?? null;

  const service = {
    collaboratorOf,

    /** The agendas shared with the caller (theirs first), for the agenda page and the collaborator picker. */
    async sharedAgendas(user: ConsoleUser) {
      const rows = rowsOf<Row>(await knex().raw('SELECT id, login, name, structure_code, territory_code, profiles, active FROM console_users ORDER BY name, login'));
      const actor = actorOf(user);
      return rows
        .filter((u) => u.active !== false && u.active !== 0)
        .map((u) => ({ id: String(u.login), login: String(u.login), name: String(u.name ?? u.login), structure: (u.structure_code as string) ?? null, territory: (u.territory_code as string) ?? null }))
        .filter((u) => agendaShared(actor, u))
        .sort((a, b) => Number(b.login === user.login) - Number(a.login === user.login));
    },

    async list(user: ConsoleUser, query: ListQuery): Promise<{ rows: AppointmentView[]; total: number }> {
      const today = todayInParis();
      const scope = visibleFilesSql(strapi, user, today);
      const where: string[] = [];
      const bindings: unknown[] = [];
      const beneficiary = query.filter.beneficiary;
      const collaborator = filterString(query.filter, 'collaborator');
      const from = filterString(query.filter, 'from');
      const to = filterString(query.filter, 'to');
      if (from !== null && !isCalendarDate(from)) throw new ConsoleError(422, 'Date de début invalide (AAAA-MM-JJ).');
      if (to !== null && !isCalendarDate(to)) throw new ConsoleError(422, 'Date de fin invalide (AAAA-MM-JJ).');
      if (beneficiary !== undefined && beneficiary !== null && beneficiary !== '') {
        const id = Number(beneficiary);
        if (!Number.isInteger(id)) throw new ConsoleError(400, 'Filtre beneficiary invalide.');
        where.push('a.beneficiary_id = ?');
        bindings.push(id);
      }
      if (from) {
        where.push('a.starts_at >= ?');
        bindings.push(parisLocalToInstant(`${from}T00:00`));
      }
      if (to) {
        where.push('a.starts_at < ?');
        bindings.push(parisLocalToInstant(`${addDays(to, 1)}T00:00`));
      }
      const status = filterString(query.filter, 'status');
      if (status) {
        where.push('a.status = ?');
        bindings.push(status);
      }
      if (query.filter.withoutSynthesis === true || query.filter.withoutSynthesis === 'true') {
        where.push("a.starts_at < ? AND a.status IN ('prevu', 'honore') AND (a.synthesis IS NULL OR a.synthesis = '')");
        bindings.push(appNow());
      }
      // A shared agenda shows the colleague's other appointments as busy slots, nothing more.
      let sharedAgenda = false;
      if (collaborator) {
        where.push('a.collaborator_login = ?');
        bindings.push(collaborator);
        const target = await collaboratorOf(collaborator);
        sharedAgenda = target !== null && agendaShared(actorOf(user), target);
      }
      const visibility = sharedAgenda ? `(CASE WHEN ${scope.sql} THEN 1 ELSE 0 END)` : '1';
      const filterSql = where.length > 0 ? where.join(' AND ') : '1 = 1';
      const perimeter = sharedAgenda ? '1 = 1' : scope.sql;
      const perimeterBindings = sharedAgenda ? [] : scope.bindings;
      const visibilityBindings = sharedAgenda ? scope.bindings : [];
      const order = query.sort ? `${SORT_COLUMNS[query.sort.field] ?? 'a.starts_at'} ${query.sort.order}` : 'a.starts_at ASC';
      const limit = query.range.end - query.range.start + 1;
      // The page and the total in one prepared statement (the agenda's week is read at every move:
      // one round trip and one plan instead of two); a page past the end counts apart.
      const rows = rowsOf<Row>(
        await preparedRaw(
          knex(),
          `SELECT x.*, COUNT(*) OVER () AS total_rows FROM (${selectOn(knex()).replace('SELECT a.id,', `SELECT a.id, ${visibility} AS visible_file,`)} WHERE ${filterSql} AND ${perimeter}) x
            ORDER BY ${order.replace('a.', 'x.')}, x.id LIMIT ? OFFSET ?`,
          [...visibilityBindings, ...bindings, ...perimeterBindings, limit, query.range.start],
        ),
      );
      const total =
        rows.length > 0
          ? Number(rows[0].total_rows)
          : Number(
              rowsOf<Row>(
                await preparedRaw(knex(), `SELECT COUNT(*) AS n FROM appointments a JOIN beneficiaries b ON b.id = a.beneficiary_id WHERE ${filterSql} AND ${perimeter}`, [
                  ...bindings,
                  ...perimeterBindings,
                ]),
              )[0]?.n ?? 0,
            );
      const views = rows.map((r) => presentAppointment(r, Number(r.visible_file) === 1));
      await fileActive().service('audit').recordMany(user, 'read:appointments', views.filter((v) => !v.busy).map((v) => v.beneficiary));
      return { rows: views, total };
    },

    async detail(user: ConsoleUser, id: number) {
      const row = await visibleRow(user, id);
      const view = presentAppointment(row);
      await audit(user, 'read:appointment', view.beneficiary);
      const reminders = rowsOf<Row>(await knex().raw('SELECT start_local, status, sent_at FROM appointment_reminders WHERE appointment_id = ? ORDER BY id', [id])).map((r) => ({
        start: String(r.start_local),
        status: String(r.status),
        sentAt: toDate(r.sent_at)?.toISOString() ?? null,
      }));
      const mayManage = mayManageAppointments(actorOf(user), { isOwnFile: await isOwnFile(user, Number(row.beneficiary_id)) });
      const synthesisCheck = checkSynthesis(user.login, { collaborator: view.collaborator, startsAt: new Date(view.startsAt) }, appNow());
      return { ...view, reminders, canEdit: mayManage, canWriteSynthesis: synthesisCheck.ok, warnings: slotWarnings(view.start, view.duration) };
    },

    async create(user: ConsoleUser, body: Record<string, unknown>) {
      const beneficiaryId = Number(body.beneficiary);
      await requireVisibleFile(user, beneficiaryId);
      const login = typeof body.collaborator === 'string' && body.collaborator.trim() !== '' ? body.collaborator.trim() : user.login;
      const collaborator = await collaboratorOf(login);
      if (!collaborator) throw new ConsoleError(422, `Collaborateur inconnu ou inactif : ${login}.`, { field: 'collaborator' });
      const booking = checkBooking(actorOf(user), collaborator, { isOwnFile: await isOwnFile(user, beneficiaryId) });
      if (!booking.ok) throw new ConsoleError(booking.status, booking.message);
      const codes: Record<string, string> = {};
      for (const [field, list] of LISTS) codes[field] = await listChoice(list, body[field], field);
      const at = appNow();
      const slot = checkSlot(body.start, body.duration ?? 45, at, { isNew: true });
      if (!slot.ok) throw new ConsoleError(422, slot.message, { field: slot.field });
      const smsReminder = body.smsReminder === true;
      if (smsReminder) {
        const reminder = checkReminderRequest(slot.slot.startsAt, await phoneOf(beneficiaryId), at);
        if (!reminder.ok) throw new ConsoleError(422, reminder.message, { field: 'smsReminder' });
      }
      const booked = await bookAtomically(collaborator.login, body.allowOverlap === true ? null : slot.slot, null, (trx) => insertRow(trx, 'appointments', {
        ...newAppointmentRow(beneficiaryId, collaborator.login, user.login, codes, slot.slot, at),
        sms_reminder: smsReminder,
        collective_key: typeof body.collectiveKey === 'string' ? body.collectiveKey : null,
        capacity: Number.isInteger(body.capacity) ? body.capacity : null,
      }));
      if ('conflict' in booked) throw await conflictError(user, collaborator, booked.conflict);
      const id = booked.value;
      await audit(user, 'change:appointment', beneficiaryId);
      const view = presentAppointment((await loadRow(id)) as Row);
      return { ...view, warnings: slotWarnings(view.start, view.duration) };
    },

    async update(user: ConsoleUser, id: number, body: Record<string, unknown>) {
      const row = await visibleRow(user, id);
      const current = presentAppointment(row);
      const beneficiaryId = Number(row.beneficiary_id);
      const at = appNow();
      const set: Row = {};
      const touches = (field: string) => Object.prototype.hasOwnProperty.call(body, field) && body[field] !== undefined;
      const onlySynthesis = Object.keys(body).every((k) => ['synthesis', 'outcome', 'id'].includes(k));
      const mayManage = mayManageAppointments(actorOf(user), { isOwnFile: await isOwnFile(user, beneficiaryId) });
      if (!mayManage && !(onlySynthesis && user.login === current.collaborator)) {
        throw new ConsoleError(403, 'Vous n’avez pas le droit de modifier ce rendez-vous.');
      }
      let collaborator = { login: current.collaborator, name: current.collaboratorName };
      if (touches('collaborator') && body.collaborator !== current.collaborator) {
        const target = await collaboratorOf(String(body.collaborator));
        if (!target) throw new ConsoleError(422, `Collaborateur inconnu ou inactif : ${String(body.collaborator)}.`, { field: 'collaborator' });
        const booking = checkBooking(actorOf(user), target, { isOwnFile: await isOwnFile(user, beneficiaryId) });
        if (!booking.ok) throw new ConsoleError(booking.status, booking.message);
        collaborator = target;
        set.collaborator_login = target.login;
      }
      for (const [field, list, column] of LISTS) {
        if (touches(field) && body[field] !== current[field as 'type']) set[column] = await listChoice(list, body[field], field);
      }
      const moved = touches('start') && body.start !== current.start;
      const resized = touches('duration') && Number(body.duration) !== current.duration;
      let startsAt = new Date(current.startsAt);
      let newSlot: { startsAt: Date; endsAt: Date } | null = null;
      if (moved || resized || set.collaborator_login) {
        const slot = checkSlot(moved ? body.start : current.start, resized ? body.duration : current.duration, at, { isNew: moved });
        if (!slot.ok) throw new ConsoleError(422, slot.message, { field: slot.field });
        if (body.allowOverlap !== true) newSlot = slot.slot;
        Object.assign(set, { start_local: slot.slot.startLocal, starts_at: slot.slot.startsAt, ends_at: slot.slot.endsAt, duration: slot.slot.duration });
        if (moved) set.scheduled_at = at;
        startsAt = slot.slot.startsAt;
      }
      if (touches('status') && body.status !== current.status) {
        if (!isAppointmentStatus(body.status)) throw new ConsoleError(422, 'Réalisation inconnue : prevu, honore, absence_justifiee, absence_non_justifiee, annule_referent ou annule_beneficiaire.', { field: 'status' });
        if (statusNeedsStart(body.status) && at.getTime() < startsAt.getTime()) {
          throw new ConsoleError(422, 'Le rendez-vous n’a pas encore commencé : il ne peut être noté honoré ou absent.', { field: 'status' });
        }
        set.status = body.status;
      }
      if (touches('smsReminder') && Boolean(body.smsReminder) !== current.smsReminder) {
        if (body.smsReminder === true) {
          const reminder = checkReminderRequest(startsAt, await phoneOf(beneficiaryId), at);
          if (!reminder.ok) throw new ConsoleError(422, reminder.message, { field: 'smsReminder' });
        }
        set.sms_reminder = body.smsReminder === true;
      }
      if (touches('synthesis') && (body.synthesis ?? null) !== current.synthesis) {
        const check = checkSynthesis(user.login, { collaborator: collaborator.login, startsAt }, at);
        if (!check.ok) throw new ConsoleError(check.status, check.message, { field: 'synthesis' });
        if (body.synthesis !== null && typeof body.synthesis !== 'string') throw new ConsoleError(422, 'Synthèse : texte attendu.', { field: 'synthesis' });
        if (typeof body.synthesis === 'string' && body.synthesis.length > 20_000) throw new ConsoleError(422, 'Synthèse trop longue (20 000 caractères au plus).', { field: 'synthesis' });
        set.synthesis = body.synthesis ?? null;
        set.synthesis_at = at;
      }
      if (touches('outcome') && (body.outcome ?? null) !== current.outcome) {
        set.outcome = body.outcome === null || body.outcome === '' ? null : (await requireReferenceChoice(knex(), 'appointment_outcome', body.outcome, { field: 'outcome' })).code;
      }
      if (Object.keys(set).length > 0) {
        const icsVisible = ['start_local', 'duration', 'place_code', 'type_code', 'theme_code', 'status', 'collaborator_login'].some((c) => c in set);
        const columns = Object.keys(set);
        const written = await bookAtomically(collaborator.login, newSlot, id, (trx) =>
          trx.raw(`UPDATE appointments SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ?${icsVisible ? ', sequence = COALESCE(sequence, 0) + 1' : ''} WHERE id = ?`, [
            ...columns.map((c) => set[c]),
            at,
            id,
          ]),
        );
        if ('conflict' in written) throw await conflictError(user, collaborator, written.conflict);
        await audit(user, 'change:appointment', beneficiaryId);
      }
      return service.detail(user, id);
    },

    /**
     * A collective appointment (A4): one copy in every file of a saved selection (`selection`,
     * the caller's own) or of a list (`beneficiaries`), within `capacity`, on one collaborator's
     * slot (one conflict check for the slot, atomic with the inserts). Every file must be in the
     * caller's perimeter (else 404, naming none) and bookable by them; nothing is written otherwise.
     */
    async createCollective(user: ConsoleUser, body: Record<string, unknown>) {
      let ids: number[];
      if (body.selection !== undefined && body.selection !== null && body.selection !== '') {
        ids = (await fileActive().service('file-selections').ids(user, Number(body.selection))) as number[];
      } else {
        const list = Array.isArray(body.beneficiaries) ? body.beneficiaries.map(Number) : [];
        if (list.some((n) => !Number.isInteger(n) || n <= 0)) throw new ConsoleError(400, 'Liste de dossiers invalide : identifiants entiers attendus.');
        ids = [...new Set(list)];
      }
      const capacity = checkCapacity(body.capacity, ids.length);
      if (!capacity.ok) throw new ConsoleError(422, capacity.message, { field: capacity.field });
      for (const id of ids) await requireVisibleFile(user, id);
      const login = typeof body.collaborator === 'string' && body.collaborator.trim() !== '' ? body.collaborator.trim() : user.login;
      const collaborator = await collaboratorOf(login);
      if (!collaborator) throw new ConsoleError(422, `Collaborateur inconnu ou inactif : ${login}.`, { field: 'collaborator' });
      for (const id of ids) {
        const booking = checkBooking(actorOf(user), collaborator, { isOwnFile: await isOwnFile(user, id) });
        if (!booking.ok) throw new ConsoleError(booking.status, booking.message);
      }
      const codes: Record<string, string> = {};
      for (const [field, list] of LISTS) codes[field] = await listChoice(list, body[field], field);
      const at = appNow();
      const slot = checkSlot(body.start, body.duration ?? 90, at, { isNew: true });
      if (!slot.ok) throw new ConsoleError(422, slot.message, { field: slot.field });
      const key = randomUUID();
      // The copies of one collective appointment do not conflict with each other: the slot is checked once.
      const booked = await bookAtomically(collaborator.login, body.allowOverlap === true ? null : slot.slot, null, async (trx) => {
        for (const id of ids) {
          await insertRow(trx, 'appointments', {
            ...newAppointmentRow(id, collaborator.login, user.login, codes, slot.slot, at),
            sms_reminder: false,
            collective_key: key,
            capacity: capacity.capacity,
          });
        }
      });
      if ('conflict' in booked) throw await conflictError(user, collaborator, booked.conflict);
      await fileActive().service('audit').recordMany(user, 'change:appointment', ids);
      return service.collective(user, key);
    },

    /** A collective appointment and its participants the caller sees (others are not named), with their attendance. */
    async collective(user: ConsoleUser, key: string) {
      const scope = visibleFilesSql(strapi, user, todayInParis());
      const rows = rowsOf<Row>(await knex().raw(`${selectOn(knex())} WHERE a.collective_key = ? AND ${scope.sql} ORDER BY b.last_name, b.first_name, a.id`, [key, ...scope.bindings]));
      if (rows.length === 0) throw new ConsoleError(404, 'Rendez-vous collectif introuvable.');
      const [total] = rowsOf<Row>(await knex().raw('SELECT COUNT(*) AS n FROM appointments WHERE collective_key = ?', [key]));
      const views = rows.map((r) => presentAppointment(r));
      await fileActive().service('audit').recordMany(user, 'read:appointment', views.map((v) => v.beneficiary));
      const first = views[0];
      return {
        id: key,
        collaborator: first.collaborator,
        collaboratorName: first.collaboratorName,
        typeLabel: first.typeLabel,
        themeLabel: first.themeLabel,
        placeLabel: first.placeLabel,
        start: first.start,
        startsAt: first.startsAt,
        end: first.end,
        duration: first.duration,
        capacity: rows[0].capacity === null || rows[0].capacity === undefined ? null : Number(rows[0].capacity),
        participantCount: Number(total?.n ?? rows.length),
        participants: views.map((v) => ({ id: v.id, beneficiary: v.beneficiary, beneficiaryName: v.beneficiaryName, fileNumber: v.fileNumber, status: v.status, attendance: attendanceOf(v.status) })),
      };
    },

    /**
     * The attendance of a collective appointment: `{ attendance: { <appointment id>: 'present' | … } }`.
     * Every line is checked (belongs to it, visible, known value, begun) before anything is written.
     */
    async recordAttendance(user: ConsoleUser, key: string, body: Record<string, unknown>) {
      const current = await service.collective(user, key);
      const wanted = body.attendance;
      if (typeof wanted !== 'object' || wanted === null || Array.isArray(wanted)) throw new ConsoleError(400, 'Présences attendues : { "attendance": { "<rendez-vous>": "present" | "excuse" | "absent" | "annule" | "prevu" } }.');
      const byId = new Map(current.participants.map((p) => [String(p.id), p]));
      const at = appNow();
      const changes: Array<{ id: number; beneficiary: number; status: AppointmentStatus }> = [];
      for (const [id, value] of Object.entries(wanted as Record<string, unknown>)) {
        const participant = byId.get(id);
        if (!participant) throw new ConsoleError(404, 'Participant introuvable dans ce rendez-vous collectif.');
        if (!isAttendance(value)) throw new ConsoleError(422, 'Présence inconnue : présent, excusé, absent, désinscrit ou non renseigné.', { field: 'attendance' });
        const status = ATTENDANCE[value];
        if (status === participant.status) continue;
        if (statusNeedsStart(status) && at.getTime() < new Date(current.startsAt).getTime()) {
          throw new ConsoleError(422, 'Le rendez-vous n’a pas encore commencé : les présences se notent une fois commencé.', { field: 'attendance' });
        }
        const mayManage = mayManageAppointments(actorOf(user), { isOwnFile: await isOwnFile(user, Number(participant.beneficiary)) });
        if (!mayManage && user.login !== current.collaborator) throw new ConsoleError(403, 'Vous n’avez pas le droit de noter les présences de ce rendez-vous.');
        changes.push({ id: participant.id, beneficiary: Number(participant.beneficiary), status });
      }
      if (changes.length > 0) {
        await strapi.db.transaction(async ({ trx }) => {
          for (const c of changes) await (trx as unknown as Knex).raw('UPDATE appointments SET status = ?, updated_at = ?, sequence = COALESCE(sequence, 0) + 1 WHERE id = ?', [c.status, at, c.id]);
        });
        await fileActive().service('audit').recordMany(user, 'change:appointment', changes.map((c) => c.beneficiary));
      }
      return service.collective(user, key);
    },

    /** Summary of the file (A8): last and next appointment, no-show count. */
    async summaryOf(beneficiaryId: number) {
      const at = appNow();
      const rows = rowsOf<Row>(await knex().raw(`${selectOn(knex())} WHERE a.beneficiary_id = ? ORDER BY a.starts_at`, [beneficiaryId])).map((r) => presentAppointment(r));
      const past = rows.filter((r) => new Date(r.startsAt).getTime() <= at.getTime() && r.status !== 'annule_referent' && r.status !== 'annule_beneficiaire');
      const next = rows.find((r) => new Date(r.startsAt).getTime() > at.getTime() && r.status === 'prevu') ?? null;
      const brief = (r: AppointmentView | null | undefined) => (r ? { id: r.id, start: r.start, status: r.status, statusLabel: r.statusLabel, collaboratorName: r.collaboratorName, typeLabel: r.typeLabel } : null);
      return {
        lastAppointment: brief(past[past.length - 1]),
        nextAppointment: brief(next),
        noShowCount: rows.filter((r) => isNoShow(r.status)).length,
        withoutSynthesisCount: past.filter((r) => (r.status === 'prevu' || r.status === 'honore') && !r.synthesis).length,
      };
    },

    async summary(user: ConsoleUser, beneficiaryId: number) {
      await requireVisibleFile(user, beneficiaryId);
      await audit(user, 'read:appointments-summary', beneficiaryId);
      return service.summaryOf(beneficiaryId);
    },

    /** Timeline items (F5): appointments and the SMS reminders sent. */
    async timelineItems(beneficiaryId: number) {
      const rows = rowsOf<Row>(await preparedRaw(knex(), `${selectOn(knex())} WHERE a.beneficiary_id = ?`, [beneficiaryId])).map((r) => presentAppointment(r));
      const reminders = rowsOf<Row>(
        await preparedRaw(knex(), `SELECT id, appointment_id, start_local, sent_at FROM appointment_reminders WHERE beneficiary_id = ? AND status = 'sent'`, [beneficiaryId]),
      );
      return [
        ...rows.map((r) => ({
          id: `appointment-${r.id}`,
          kind: 'appointment',
          date: r.start.slice(0, 10),
          title: `Rendez-vous ${r.statusLabel.toLocaleLowerCase('fr-FR')} : ${r.typeLabel ?? ''}`.trim(),
          detail: `${r.start.slice(11)} avec ${r.collaboratorName}${r.placeLabel ? `, ${r.placeLabel}` : ''}`,
          link: { resource: 'appointments', id: r.id },
        })),
        ...reminders.map((s) => {
          const sent = toDate(s.sent_at);
          return {
            id: `appointment-sms-${s.id}`,
            kind: 'appointment_sms',
            date: sent ? toParisLocal(sent).slice(0, 10) : null,
            title: 'Rappel SMS envoyé',
            detail: `pour le rendez-vous du ${String(s.start_local).slice(8, 10)}/${String(s.start_local).slice(5, 7)}/${String(s.start_local).slice(0, 4)} à ${String(s.start_local).slice(11)}`,
            link: { resource: 'appointments', id: Number(s.appointment_id) },
          };
        }),
      ];
    },
  };
  return service;
};
