// CER documents (FEATURES C4): the mail merge of a template with the CER, its objectives, the
// person and the référent; PDF through LibreOffice where it is installed.
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { CerDocumentError, isCerTemplateName, mergeCerDocument, templateForState, type CerDocumentData, type CerTemplateName } from '../../../domain';
import { convertDocxToPdf, PdfConversionError } from '../../../domain/adapters/convert-to-pdf';
import { loadObjectives, printedFieldsOf, type CerRecord, type ObjectiveRecord } from './cer-store';
import { getService } from './get-service';
import { rowsOf, toIsoDate, type Knex, type Row } from './sql';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME = 'application/pdf';
const PDF_TIMEOUT_MS = Number(process.env.CER_PDF_TIMEOUT_MS ?? 60_000);

export const DOCUMENTS_REFUSED = 'Vous n’avez pas le droit de générer les documents de ce CER (réservé au référent du dossier, aux secrétariats et aux cadres).';

export type RenderedDocument = { bytes: Buffer; mime: string; filename: string };

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export const documentFilename = (fileNumber: string | null, cer: Pick<CerRecord, 'number'>, ext: 'docx' | 'pdf'): string =>
  `CER-${(fileNumber ?? 'dossier').replace(/[^A-Za-z0-9_-]/g, '')}-${cer.number}.${ext}`;

/** PDF bytes, or null when LibreOffice is not installed; conversion failures become French 503s. */
export const toPdf = async (docx: Buffer): Promise<Buffer | null> => {
  try {
    return await convertDocxToPdf(docx, { timeoutMs: PDF_TIMEOUT_MS });
  } catch (error) {
    if (error instanceof PdfConversionError) throw new ConsoleError(503, error.message);
    throw error;
  }
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const access = () => getService(strapi, 'cer-access');

  /** Everything a template prints, read with the given connection. */
  const documentData = async (k: Knex, cer: CerRecord, objectives: readonly ObjectiveRecord[]): Promise<CerDocumentData> => {
    const [b] = rowsOf(
      await k.raw('SELECT civility, last_name, first_name, birth_date, file_number, address_line_1, address_line_2, postal_code, city FROM beneficiaries WHERE id = ?', [cer.beneficiaryId]),
    );
    // The référent who wrote the CER with the person; else the file's last référent de parcours.
    const [author] = cer.createdBy
      ? rowsOf(
          await k.raw('SELECT u.name, u.login, s.name AS structure_name, u.structure_code FROM console_users u LEFT JOIN structures s ON s.code = u.structure_code WHERE u.login = ?', [cer.createdBy]),
        )
      : [];
    const lastParcours = strapi.plugin('file-active').service('scope').lastParcoursIdSql('?', todayInParis()) as { sql: string; bindings: unknown[] };
    const [last] = author
      ? [author]
      : rowsOf(
          await k.raw(
            `SELECT u.name, a.login, s.name AS structure_name, u.structure_code FROM assignments a LEFT JOIN console_users u ON u.login = a.login
               LEFT JOIN structures s ON s.code = u.structure_code WHERE a.id = ${lastParcours.sql}`,
            [cer.beneficiaryId, ...lastParcours.bindings],
          ),
        );
    const referent: Row | undefined = last;
    return {
      beneficiary: {
        civility: str(b?.civility),
        lastName: str(b?.last_name),
        firstName: str(b?.first_name),
        birthDate: toIsoDate(b?.birth_date),
        fileNumber: str(b?.file_number),
        address: b
          ? { line1: str(b.address_line_1), line2: str(b.address_line_2), postalCode: str(b.postal_code), city: str(b.city) }
          : null,
      },
      referent: referent ? { name: str(referent.name ?? referent.login), structure: str(referent.structure_name ?? referent.structure_code) } : null,
      cer: printedFieldsOf(cer, objectives),
    };
  };

  /** The merged .docx of one CER with one template (the data read with `k`). */
  const mergeDocx = async (k: Knex, cer: CerRecord, name: CerTemplateName, objectives?: readonly ObjectiveRecord[]) => {
    const list = objectives ?? (await loadObjectives(k, cer.id));
    const [data, template] = await Promise.all([documentData(k, cer, list), getService(strapi, 'cer-templates').load(name)]);
    try {
      // The shipped "CER vierge" has no tags: merging it gives the blank paper form.
      const bytes = mergeCerDocument(template.bytes, data);
      return { bytes, fileNumber: data.beneficiary.fileNumber, list };
    } catch (error) {
      if (error instanceof CerDocumentError) throw new ConsoleError(422, error.message, { template: name, origin: template.origin, details: error.details });
      throw error;
    }
  };

  return {
    mergeDocx,

    async render(user: ConsoleUser, id: number, templateRaw: unknown, formatRaw: unknown): Promise<RenderedDocument> {
      const cer = await access().visibleCer(user, id);
      if (!(await access().mayGenerateDocuments(user, cer.beneficiaryId))) throw new ConsoleError(403, DOCUMENTS_REFUSED);
      if (templateRaw !== undefined && templateRaw !== '' && !isCerTemplateName(templateRaw)) {
        throw new ConsoleError(422, 'Modèle inconnu : choisissez sans-decision, decision-valide, decision-non-valide ou vierge.');
      }
      const format = formatRaw === undefined || formatRaw === '' ? 'docx' : formatRaw;
      if (format !== 'docx' && format !== 'pdf') throw new ConsoleError(422, 'Format inconnu : docx ou pdf.');
      const name: CerTemplateName = isCerTemplateName(templateRaw) ? templateRaw : templateForState(cer.state);
      const { bytes, fileNumber } = await mergeDocx(knex(), cer, name);
      await access().audit(user, `export:cer_document:${name}`, cer.beneficiaryId);
      if (format === 'docx') return { bytes, mime: DOCX_MIME, filename: documentFilename(fileNumber, cer, 'docx') };
      const pdf = await toPdf(bytes);
      if (pdf === null) throw new ConsoleError(422, 'Conversion PDF indisponible : LibreOffice n’est pas installé sur le serveur.');
      return { bytes: pdf, mime: PDF_MIME, filename: documentFilename(fileNumber, cer, 'pdf') };
    },
  };
};
