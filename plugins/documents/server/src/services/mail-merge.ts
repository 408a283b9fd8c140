// Mail merge (FEATURES D1, A5; CONTRACT.md `documents`): a formulaire merged from a file, a
// courrier or a convocation from an appointment, and convocations in batch, each person with
// their OWN appointment. Perimeter first (404 outside, as for a file that does not exist), every
// merge audited, .docx by default, PDF through the LibreOffice converter the CER uses; « enregistrer
// dans le dossier » files the result in the document store under the template's type.
import type { Core } from '@strapi/strapi';
import PizZip from 'pizzip';
import { appNow, ConsoleError, placeholders, rowsOf, todayInParis, toIsoDate, type ConsoleUser, type Knex } from '@rsa/console-kit';
import type { CalendarDate } from '@rsa/vocabulary';
import { convertDocxToPdf, PdfConversionError } from '@rsa/plugin-cer/domain/adapters/convert-to-pdf';
import { mergeDocument, mergeDocumentsCombined, MergeTemplateError } from '../../../domain/merge/merge-document';
import { DEFAULT_FILING_TYPE, MERGE_TEMPLATE_KIND_LABELS, type MergeTemplateKind } from '../../../domain/merge/merge-template-kind';
import { mergeValues, type MergeContext } from '../../../domain/merge/merge-values';
import { batchEntryName, pickConvocationAppointment } from '../../../domain/merge/pick-convocation-appointment';
import type { MergeTemplateEntry } from './merge-templates';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME = 'application/pdf';
export const ZIP_MIME = 'application/zip';
export const APPOINTMENT_NOT_FOUND = 'Rendez-vous introuvable.';
export const PDF_UNAVAILABLE = 'Conversion PDF indisponible : LibreOffice n’est pas installé sur le serveur. Choisissez le format Word (.docx).';
export const BATCH_MAX = 1000;
const PDF_TIMEOUT_MS = Number(process.env.MERGE_PDF_TIMEOUT_MS ?? 60_000);

type Format = 'docx' | 'pdf';
export type MergedFile = { bytes: Buffer; mime: string; filename: string };
export type MergeOutcome = { file: MergedFile } | { filed: unknown };
export type BatchOutcome = MergedFile & { merged: number; skipped: number };

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

const parseFormat = (raw: unknown): Format => {
  if (raw === undefined || raw === null || raw === '' || raw === 'docx') return 'docx';
  if (raw === 'pdf') return 'pdf';
  throw new ConsoleError(422, 'Format inconnu : docx ou pdf.', { field: 'format' });
};

const wantsFiling = (raw: unknown): boolean => raw === true || raw === 'true' || raw === '1';

const instant = (v: unknown): Date =>
  v instanceof Date ? v : typeof v === 'number' || /^\d+$/.test(String(v)) ? new Date(Number(v)) : new Date(String(v).replace(' ', 'T'));

const safe = (text: string | null): string => (text ?? 'dossier').replace(/[^A-Za-z0-9_-]/g, '');

/** Columns of the person, the appointment, its collaborator and the file's référent de parcours. */
const SELECT_PERSON = `b.id AS beneficiary_id, b.civility, b.first_name, b.last_name, b.birth_date, b.file_number,
  b.address_line_1, b.address_line_2, b.postal_code, b.city, b.phone, b.email,
  ru.name AS referent_name, ra.login AS referent_login, rs.name AS referent_structure, ru.structure_code AS referent_structure_code`;
const SELECT_APPOINTMENT = `a.id AS appointment_id, a.start_local, a.starts_at, a.duration, a.status, a.collective_key, a.capacity, a.collaborator_login,
  u.name AS collaborator_name, us.name AS collaborator_structure, u.structure_code AS collaborator_structure_code,
  (SELECT label FROM reference_items r WHERE r.list = 'appointment_type' AND r.code = a.type_code) AS type_label,
  (SELECT label FROM reference_items r WHERE r.list = 'appointment_theme' AND r.code = a.theme_code) AS theme_label,
  (SELECT label FROM reference_items r WHERE r.list = 'place' AND r.code = a.place_code) AS place_label`;

// `phoneForDisplay`: the file stores E.164; a letter shows it as the console does (06 12 34 56 78).
const contextOf = (r: Row, senderName: string, today: CalendarDate, withAppointment: boolean, phoneForDisplay: (p: string | null) => string | null): MergeContext => ({
  person: {
    civility: str(r.civility),
    lastName: str(r.last_name),
    firstName: str(r.first_name),
    birthDate: toIsoDate(r.birth_date),
    fileNumber: str(r.file_number),
    address: { line1: str(r.address_line_1), line2: str(r.address_line_2), postalCode: str(r.postal_code), city: str(r.city) },
    phone: phoneForDisplay(str(r.phone)),
    email: str(r.email),
  },
  referent: r.referent_login ? { name: str(r.referent_name ?? r.referent_login), structure: str(r.referent_structure ?? r.referent_structure_code) } : null,
  senderName,
  today,
  appointment: withAppointment
    ? {
        startLocal: String(r.start_local),
        duration: Number(r.duration),
        typeLabel: str(r.type_label),
        themeLabel: str(r.theme_label),
        placeLabel: str(r.place_label),
        collaboratorName: str(r.collaborator_name ?? r.collaborator_login),
        collaboratorStructure: str(r.collaborator_structure ?? r.collaborator_structure_code),
        capacity: r.capacity === null || r.capacity === undefined ? null : Number(r.capacity),
      }
    : null,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const fileActive = () => strapi.plugin('file-active');
  const displayPhone = (stored: string | null): string | null => fileActive().service('search').phoneForDisplay(stored);
  const templates = () => strapi.plugin('documents').service('merge-templates');
  const store = () => strapi.plugin('documents').service('document-store');

  const referentJoin = (today: string) => {
    const last = fileActive().service('scope').lastParcoursIdSql('b.id', today) as { sql: string; bindings: unknown[] };
    return {
      sql: `LEFT JOIN assignments ra ON ra.id = ${last.sql} LEFT JOIN console_users ru ON ru.login = ra.login LEFT JOIN structures rs ON rs.code = ru.structure_code`,
      bindings: last.bindings,
    };
  };

  const appointmentRows = async (where: string, bindings: unknown[]): Promise<Row[]> => {
    const today = todayInParis();
    const ref = referentJoin(today);
    return rowsOf<Row>(
      await knex().raw(
        `SELECT ${SELECT_PERSON}, ${SELECT_APPOINTMENT} FROM appointments a JOIN beneficiaries b ON b.id = a.beneficiary_id ${ref.sql}
          LEFT JOIN console_users u ON u.login = a.collaborator_login LEFT JOIN structures us ON us.code = u.structure_code WHERE ${where}`,
        [...ref.bindings, ...bindings],
      ),
    );
  };

  const merge = async (entry: MergeTemplateEntry, values: Record<string, string>): Promise<Buffer> => {
    const template = (await templates().bytes(entry)) as Buffer;
    try {
      return mergeDocument(template, values);
    } catch (error) {
      if (error instanceof MergeTemplateError) throw new ConsoleError(422, error.message, { template: entry.id });
      throw error;
    }
  };

  const toPdf = async (docx: Buffer, timeoutMs = PDF_TIMEOUT_MS): Promise<Buffer> => {
    try {
      const pdf = await convertDocxToPdf(docx, { timeoutMs });
      if (pdf === null) throw new ConsoleError(503, PDF_UNAVAILABLE);
      return pdf;
    } catch (error) {
      if (error instanceof PdfConversionError) throw new ConsoleError(503, error.message);
      throw error;
    }
  };

  /** The merged document sent back, or filed in the person's dossier. */
  const deliver = async (user: ConsoleUser, beneficiaryId: number, entry: MergeTemplateEntry, docx: Buffer, base: string, body: Record<string, unknown>): Promise<MergeOutcome> => {
    const format = parseFormat(body.format);
    const bytes = format === 'pdf' ? await toPdf(docx) : docx;
    const filename = `${base}.${format}`;
    const kind = entry.kind as MergeTemplateKind;
    if (!wantsFiling(body.save)) return { file: { bytes, mime: format === 'pdf' ? PDF_MIME : DOCX_MIME, filename } };
    await fileActive().service('file-access').requireAction(user, beneficiaryId, 'documents.write', 'Vous n’avez pas le droit d’enregistrer des documents dans ce dossier.');
    const type = entry.documentType?.code || entry.documentType?.name || DEFAULT_FILING_TYPE[kind];
    // A nomenclature without the default type still files it, in « Parcours » (the application's own filing).
    const fallbackType = { id: 'formulaire', code: 'formulaire', label: DEFAULT_FILING_TYPE[kind], folder: 'Parcours', folderScope: 'dispositif', folderPosition: 0 };
    const filed = await store().fileForUser(user, beneficiaryId, { bytes, filename, type, sentOn: body.sentOn }, { source: 'merge', fallbackType });
    return { filed };
  };

  return {
    parseFormat,

    /** A formulaire merged from the file (the Résumé's « Formulaires »). */
    async forFile(user: ConsoleUser, beneficiaryId: number, body: Record<string, unknown>): Promise<MergeOutcome> {
      await fileActive().service('file-access').requireVisible(user, beneficiaryId);
      const entry = (await templates().entry(body.template, ['formulaire'])) as MergeTemplateEntry;
      parseFormat(body.format);
      const today = todayInParis();
      const ref = referentJoin(today);
      const [row] = rowsOf<Row>(await knex().raw(`SELECT ${SELECT_PERSON} FROM beneficiaries b ${ref.sql} WHERE b.id = ?`, [...ref.bindings, beneficiaryId]));
      if (!row) throw new ConsoleError(404, 'Dossier introuvable.');
      const docx = await merge(entry, mergeValues('formulaire', contextOf(row, user.name ?? user.login, today as CalendarDate, false, displayPhone)));
      await fileActive().service('audit').record(user, 'export:merge_formulaire', beneficiaryId);
      return deliver(user, beneficiaryId, entry, docx, `Formulaire-${safe(str(row.file_number))}-${today}`, body);
    },

    /** A courrier or a convocation merged from one appointment. */
    async forAppointment(user: ConsoleUser, appointmentId: number, body: Record<string, unknown>): Promise<MergeOutcome> {
      const [row] = Number.isInteger(appointmentId) && appointmentId > 0 ? await appointmentRows('a.id = ?', [appointmentId]) : [];
      if (!row || !(await fileActive().service('beneficiaries').isVisible(user, Number(row.beneficiary_id)))) throw new ConsoleError(404, APPOINTMENT_NOT_FOUND);
      const entry = (await templates().entry(body.template, ['courrier', 'convocation-individuelle', 'convocation-collective'])) as MergeTemplateEntry;
      parseFormat(body.format);
      const kind = entry.kind as MergeTemplateKind;
      const today = todayInParis();
      const docx = await merge(entry, mergeValues(kind, contextOf(row, user.name ?? user.login, today as CalendarDate, true, displayPhone)));
      const beneficiaryId = Number(row.beneficiary_id);
      await fileActive().service('audit').record(user, `export:merge_${kind}`, beneficiaryId);
      const label = kind === 'courrier' ? 'Courrier' : 'Convocation';
      return deliver(user, beneficiaryId, entry, docx, `${label}-${safe(str(row.file_number))}-${String(row.start_local).slice(0, 10)}`, body);
    },

    /**
     * Convocations in batch (A5): `selection` (a saved selection of the caller; each file's own
     * next appointment, or its appointment of the collective session `collective`) or
     * `appointments` (ids). Files and appointments outside the perimeter are skipped and counted,
     * never named. One .zip of .docx, or one PDF of them all.
     */
    async batch(user: ConsoleUser, body: Record<string, unknown>): Promise<BatchOutcome> {
      const entry = (await templates().entry(body.template, ['convocation-individuelle', 'convocation-collective', 'courrier'])) as MergeTemplateEntry;
      const format = parseFormat(body.format);
      const kind = entry.kind as MergeTemplateKind;
      const scope = fileActive().service('scope').visibleFilesSql(user, todayInParis()) as { sql: string; bindings: unknown[] };
      let rows: Row[];
      let requested: number;
      if (body.selection !== undefined && body.selection !== null && body.selection !== '') {
        const ids = (await fileActive().service('file-selections').ids(user, Number(body.selection))) as number[];
        const collective = typeof body.collective === 'string' && body.collective !== '' ? body.collective : null;
        requested = ids.length;
        const candidates = ids.length === 0 ? [] : await appointmentRows(`a.beneficiary_id IN (${placeholders(ids)}) AND a.status = 'prevu' AND a.starts_at >= ?`, [...ids, appNow()]);
        const byId = new Map(candidates.map((r) => [Number(r.appointment_id), r]));
        const simple = candidates.map((r) => ({ id: Number(r.appointment_id), beneficiaryId: Number(r.beneficiary_id), startsAt: instant(r.starts_at).toISOString(), status: String(r.status), collectiveKey: str(r.collective_key) }));
        rows = ids.map((id) => pickConvocationAppointment(simple, id, appNow(), collective)).flatMap((a) => (a ? [byId.get(a.id) as Row] : []));
      } else if (Array.isArray(body.appointments)) {
        const ids = [...new Set(body.appointments.map(Number).filter((n) => Number.isInteger(n) && n > 0))];
        requested = body.appointments.length;
        if (ids.length > BATCH_MAX) throw new ConsoleError(422, `${BATCH_MAX} convocations au plus par lot.`);
        rows = ids.length === 0 ? [] : await appointmentRows(`a.id IN (${placeholders(ids)}) AND ${scope.sql}`, [...ids, ...scope.bindings]);
      } else {
        throw new ConsoleError(422, 'Indiquez une sélection de dossiers ou une liste de rendez-vous.', { field: 'selection' });
      }
      if (rows.length === 0) throw new ConsoleError(422, 'Aucun rendez-vous à convoquer : aucun dossier de la sélection n’a de rendez-vous prévu à venir.');
      const today = todayInParis() as CalendarDate;
      const sender = user.name ?? user.login;
      const template = (await templates().bytes(entry)) as Buffer;
      const values = rows.map((row) => mergeValues(kind, contextOf(row, sender, today, true, displayPhone)));
      const skipped = Math.max(0, requested - rows.length);
      const audit = () => fileActive().service('audit').recordMany(user, `export:merge_batch_${kind}`, rows.map((r) => Number(r.beneficiary_id)));
      const templateError = (error: unknown): never => {
        if (error instanceof MergeTemplateError) throw new ConsoleError(422, error.message, { template: entry.id });
        throw error;
      };
      if (format === 'pdf') {
        // One document of all the convocations, converted once (see mergeDocumentsCombined).
        let combined: Buffer;
        try {
          combined = mergeDocumentsCombined(template, values);
        } catch (error) {
          return templateError(error);
        }
        const pdf = await toPdf(combined, PDF_TIMEOUT_MS + rows.length * 1000);
        await audit();
        return { bytes: pdf, mime: PDF_MIME, filename: `Convocations-${today}.pdf`, merged: rows.length, skipped };
      }
      const taken = new Set<string>();
      const zip = new PizZip();
      rows.forEach((row, i) => {
        try {
          zip.file(batchEntryName(str(row.file_number), String(row.start_local), taken), mergeDocument(template, values[i] as Record<string, string>));
        } catch (error) {
          templateError(error);
        }
      });
      await audit();
      // Stored, not deflated: the .docx inside are already compressed.
      return { bytes: zip.generate({ type: 'nodebuffer', compression: 'STORE' }), mime: ZIP_MIME, filename: `Convocations-${today}.zip`, merged: rows.length, skipped };
    },

    kindLabel: (kind: MergeTemplateKind) => MERGE_TEMPLATE_KIND_LABELS[kind],
  };
};
