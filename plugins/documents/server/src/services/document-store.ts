// The file's document store (FEATURES D2, CONTRACT.md `documents`): the perimeter and the rights
// are file-active's (404 outside the perimeter, documents.write to file and delete), every read
// audited there too; the bytes go to the private storage, the metadata to file_documents. A
// refused upload stores nothing.
import { createHash, randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { fromBuffer } from 'file-type';
import { ConsoleError, rowsOf, type ConsoleUser, type Knex } from '@rsa/console-kit';
import { isCalendarDate } from '@rsa/vocabulary';
import { checkDocumentContent, parseMaxMb } from '../../../domain/document-content';
import { checkDocumentName, documentTypeCode } from '../../../domain/document-name';
import { readSignedCerPdf } from '@rsa/plugin-cer/domain/adapters/signed-cer-pdf';
import { storageFromEnv, type DocumentStorage } from '../storage';

export const DOCUMENT_UID = 'plugin::documents.document';
const TYPE_UID = 'api::document-type.document-type';
export const DOCUMENT_NOT_FOUND = 'Document introuvable.';
export const DOCUMENTS_REFUSED = 'Vous n’avez pas le droit de déposer ou de supprimer des documents dans ce dossier.';

export type DocumentType = { id: string; code: string; label: string; folder: string | null; folderScope: string | null; folderPosition: number };

export type DocumentRow = {
  id: number;
  beneficiaryId: number;
  name: string;
  typeCode: string;
  typeLabel: string | null;
  folder: string | null;
  size: number;
  mime: string;
  sha256: string;
  storageKey: string;
  uploadedAt: string | Date;
  uploadedByLogin: string | null;
  sentOn: string | null;
  source: string | null;
  locked: boolean | number | null;
  evidence: string | null;
};

export type IncomingDocument = { bytes: Buffer; filename: string; type: unknown; name?: unknown; sentOn?: unknown };
export type FilingOptions = { source?: 'upload' | 'merge' | 'signature'; locked?: boolean; evidence?: unknown; fallbackType?: DocumentType };

const fold = (text: string): string => documentTypeCode(text);

export const presentDocument = (row: DocumentRow) => ({
  id: row.id,
  beneficiary: row.beneficiaryId,
  name: row.name,
  type: row.typeCode,
  typeLabel: row.typeLabel,
  folder: row.folder,
  size: Number(row.size),
  mime: row.mime,
  sha256: row.sha256,
  uploadedAt: row.uploadedAt instanceof Date ? row.uploadedAt.toISOString() : new Date(String(row.uploadedAt)).toISOString(),
  uploadedBy: row.uploadedByLogin,
  sentOn: row.sentOn ? String(row.sentOn).slice(0, 10) : null,
  source: row.source ?? 'upload',
  locked: Boolean(row.locked),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let storage: DocumentStorage | null = null;
  const store = (): DocumentStorage => (storage ??= storageFromEnv(process.env, strapi.dirs.app.root));
  const fileAccess = () => strapi.plugin('file-active').service('file-access');
  const audit = (user: ConsoleUser, action: string, beneficiaryId: number | null): Promise<void> => strapi.plugin('file-active').service('audit').record(user, action, beneficiaryId);
  const documents = () => strapi.db.query(DOCUMENT_UID as never);
  const knex = () => strapi.db.connection as unknown as Knex;

  const types = async (): Promise<DocumentType[]> => {
    const rows = (await strapi.db.query(TYPE_UID as never).findMany({ where: { active: true }, populate: ['folder'] } as never)) as Array<{
      name: string;
      code: string | null;
      folder: { name: string; scope: string | null; position: number | null } | null;
    }>;
    return rows
      .map((row) => {
        const code = row.code || documentTypeCode(row.name);
        return { id: code, code, label: row.name, folder: row.folder?.name ?? null, folderScope: row.folder?.scope ?? null, folderPosition: row.folder?.position ?? 0 };
      })
      .sort((a, b) => a.folderPosition - b.folderPosition || a.label.localeCompare(b.label, 'fr'));
  };

  /** A type of the nomenclature by its code or its label; 422 otherwise (nothing stored). */
  const resolveType = async (raw: unknown): Promise<DocumentType> => {
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (!text) throw new ConsoleError(422, 'Choisissez le type du document dans la nomenclature.');
    const known = await types();
    const found = known.find((t) => t.code === text) ?? known.find((t) => fold(t.label) === fold(text));
    if (!found) throw new ConsoleError(422, `Type de document inconnu : « ${text.slice(0, 80)} ». Choisissez un type de la nomenclature (${known.map((t) => t.label).join(', ')}).`);
    return found;
  };

  const visibleDocument = async (user: ConsoleUser, id: number): Promise<DocumentRow> => {
    const row = (await documents().findOne({ where: { id } })) as DocumentRow | null;
    if (!row) throw new ConsoleError(404, DOCUMENT_NOT_FOUND);
    try {
      await fileAccess().requireVisible(user, Number(row.beneficiaryId));
    } catch (error) {
      if (error instanceof Error && (error as { status?: number }).status === 404) throw new ConsoleError(404, DOCUMENT_NOT_FOUND);
      throw error;
    }
    return row;
  };

  /** Files bytes that passed every check: storage first, then the row; the bytes go if the row fails. */
  const file = async (beneficiaryId: number, login: string, incoming: IncomingDocument, options: FilingOptions = {}) => {
    // The application's own filings (a signed CER) keep their type even if an admin removed it.
    const type = await resolveType(incoming.type).catch((error: unknown) => {
      if (options.fallbackType) return options.fallbackType;
      throw error;
    });
    const maxMb = parseMaxMb(process.env.DOCUMENTS_MAX_MB);
    const content = checkDocumentContent(incoming.bytes, incoming.bytes.length > 0 ? await fromBuffer(incoming.bytes) : undefined, maxMb);
    if (!content.ok) throw new ConsoleError(content.status, content.message);
    const wanted = typeof incoming.name === 'string' && incoming.name.trim() !== '' ? incoming.name : incoming.filename;
    const name = checkDocumentName(wanted, content.extension, content.extensions);
    if (!name.ok) throw new ConsoleError(422, name.message);
    const sentOn = incoming.sentOn === undefined || incoming.sentOn === null || incoming.sentOn === '' ? null : incoming.sentOn;
    if (sentOn !== null && !isCalendarDate(sentOn)) throw new ConsoleError(422, 'Date d’envoi invalide : jj/mm/aaaa attendu.');
    const key = `${beneficiaryId}/${randomUUID()}`;
    await store().put(key, incoming.bytes);
    try {
      const row = (await documents().create({
        data: {
          documentId: randomUUID().replace(/-/g, '').slice(0, 24),
          beneficiaryId,
          name: name.name,
          typeCode: type.code,
          typeLabel: type.label,
          folder: type.folder,
          size: incoming.bytes.length,
          mime: content.mime,
          sha256: createHash('sha256').update(incoming.bytes).digest('hex'),
          storageKey: key,
          uploadedAt: new Date(),
          uploadedByLogin: login,
          sentOn,
          source: options.source ?? 'upload',
          locked: options.locked ?? false,
          evidence: options.evidence === undefined ? null : JSON.stringify(options.evidence),
        },
      } as never)) as DocumentRow;
      return { ...presentDocument(row), nameFixed: name.fixed };
    } catch (error) {
      await store().delete(key).catch(() => undefined);
      throw error;
    }
  };

  return {
    storage: store,
    types,
    resolveType,
    visibleDocument,

    async upload(user: ConsoleUser, beneficiaryId: number, incoming: IncomingDocument) {
      await fileAccess().requireAction(user, beneficiaryId, 'documents.write', DOCUMENTS_REFUSED);
      const filed = await file(beneficiaryId, user.login, incoming);
      await audit(user, 'change:document_upload', beneficiaryId);
      return filed;
    },

    /** Filing by the application itself (mail merge, signed CER), for a caller already checked. */
    async fileForUser(user: ConsoleUser, beneficiaryId: number, incoming: IncomingDocument, options: FilingOptions) {
      const filed = await file(beneficiaryId, user.login, incoming, options);
      await audit(user, `change:document_${options.source ?? 'upload'}`, beneficiaryId);
      return filed;
    },

    /** The stored bytes of a document whose file the caller was already checked to see. */
    async bytesOf(id: number): Promise<{ row: DocumentRow; bytes: Buffer } | null> {
      const row = (await documents().findOne({ where: { id } })) as DocumentRow | null;
      return row ? { row, bytes: await store().get(row.storageKey) } : null;
    },

    /** Undoes a filing whose operation failed afterwards (even a locked one: it never existed). */
    async discard(id: number): Promise<void> {
      const row = (await documents().findOne({ where: { id } })) as DocumentRow | null;
      if (!row) return;
      await documents().delete({ where: { id } } as never);
      await store().delete(row.storageKey);
    },

    /**
     * Verification of a signed document: the stored bytes are read back, the signed content they
     * carry is hashed again and compared with the hash recorded at signature (in the database and
     * in the document's own evidence); the stored file must also be the one filed.
     */
    async verify(user: ConsoleUser, id: number) {
      const row = await visibleDocument(user, id);
      const recorded = row.evidence ? (JSON.parse(row.evidence) as { sha256?: string; signedAt?: string; codeVerifiedAt?: string; phoneMasked?: string; signatory?: string }) : null;
      if (!recorded?.sha256) throw new ConsoleError(422, 'Ce document n’est pas un document signé : il n’a pas de preuve à vérifier.');
      const bytes = await store().get(row.storageKey);
      const carried = await readSignedCerPdf(bytes);
      const recomputedSha256 = carried ? createHash('sha256').update(carried.signedContent).digest('hex') : null;
      const fileIntact = createHash('sha256').update(bytes).digest('hex') === row.sha256;
      await audit(user, 'read:document_verification', Number(row.beneficiaryId));
      return {
        id: row.id,
        valid: fileIntact && recomputedSha256 === recorded.sha256 && carried?.evidence.sha256 === recorded.sha256,
        fileIntact,
        recordedSha256: recorded.sha256,
        embeddedSha256: carried?.evidence.sha256 ?? null,
        recomputedSha256,
        signatory: carried?.evidence.signatory ?? recorded.signatory ?? null,
        phoneMasked: carried?.evidence.phoneMasked ?? recorded.phoneMasked ?? null,
        codeVerifiedAt: carried?.evidence.codeVerifiedAt ?? recorded.codeVerifiedAt ?? null,
      };
    },

    async list(user: ConsoleUser, beneficiaryId: number) {
      await fileAccess().requireVisible(user, beneficiaryId);
      const rows = (await documents().findMany({ where: { beneficiaryId }, orderBy: [{ uploadedAt: 'desc' }, { id: 'desc' }] } as never)) as DocumentRow[];
      await audit(user, 'read:documents', beneficiaryId);
      return rows.map(presentDocument);
    },

    async content(user: ConsoleUser, id: number): Promise<{ bytes: Buffer; mime: string; filename: string }> {
      const row = await visibleDocument(user, id);
      const bytes = await store().get(row.storageKey);
      await audit(user, 'read:document_download', Number(row.beneficiaryId));
      return { bytes, mime: row.mime, filename: row.name };
    },

    async remove(user: ConsoleUser, id: number) {
      const row = await visibleDocument(user, id);
      await fileAccess().requireAction(user, Number(row.beneficiaryId), 'documents.write', DOCUMENTS_REFUSED);
      if (row.locked) throw new ConsoleError(409, 'Ce document est une preuve (CER signé) : il ne peut être ni modifié ni supprimé.');
      await documents().delete({ where: { id } } as never);
      await store().delete(row.storageKey);
      await audit(user, 'change:document_delete', Number(row.beneficiaryId));
      return presentDocument(row);
    },

    /**
     * Retention (ACCESS.md): the documents follow their file; once a file has left the data (its
     * row deleted by the retention job), its documents and their bytes go too.
     */
    async purgeOrphans(): Promise<number> {
      const orphans = rowsOf<{ id: number; storage_key: string }>(
        await knex().raw('SELECT d.id, d.storage_key FROM file_documents d WHERE NOT EXISTS (SELECT 1 FROM beneficiaries b WHERE b.id = d.beneficiary_id)'),
      );
      for (const orphan of orphans) {
        await store().delete(orphan.storage_key);
        await documents().delete({ where: { id: orphan.id } } as never);
      }
      return orphans.length;
    },
  };
};
