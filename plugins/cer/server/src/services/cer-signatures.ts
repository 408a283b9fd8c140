// Signature of a CER by SMS code (FEATURES C5): the exact merged document is kept with the
// pending signature, the code goes by SMS and only its salted hash is stored; the check is the
// domain's (10 minutes, 5 attempts, phone or CER changed); success stores the signed document
// (PDF when LibreOffice is there, else the .docx) with its evidence and sets the agreement.
import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import {
  cerFingerprint,
  checkSignatureCode,
  extractDocxText,
  signatureEvidence,
  signatureSmsText,
  SignatureError,
  startSignature,
  type PendingSignature,
} from '../../../domain';
import { SmsSendError } from '../../../domain/adapters/sms/sms-send.error';
import { buildSignedCerPdf } from '../../../domain/adapters/signed-cer-pdf';
import type { SignedCerEvidence } from '../../../domain/signature/signed-cer-evidence';
import type { SignatureSummary } from './cer-presenter';
import { loadObjectives, printedFieldsOf } from './cer-store';
import { DOCX_MIME, PDF_MIME, documentFilename, toPdf, type RenderedDocument } from './cer-documents';
import type { CerRecord } from './cer-store';
import { getService } from './get-service';
import { insertRow, rowsOf, toInstant, toNumber, updateRows, type Knex, type Row } from './sql';

const SUMMARY_COLUMNS = 'id, status, started_at, expires_at, phone_masked, attempts, signed_at, document_sha_256, document_mime, cancel_reason';

const summaryOf = (r: Row): SignatureSummary => ({
  status: String(r.status) as SignatureSummary['status'],
  startedAt: toInstant(r.started_at),
  expiresAt: toInstant(r.expires_at),
  phoneMasked: (r.phone_masked as string) ?? null,
  attempts: toNumber(r.attempts),
  signedAt: toInstant(r.signed_at),
  documentSha256: (r.document_sha_256 as string) ?? null,
  documentMime: (r.document_mime as string) ?? null,
  cancelReason: (r.cancel_reason as string) ?? null,
});

const e164 = (national: string): string => `+33${national.slice(1)}`;
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const access = () => getService(strapi, 'cer-access');

  const latest = async (cerId: number, status: string, columns = '*'): Promise<Row | undefined> =>
    rowsOf(await knex().raw(`SELECT ${columns} FROM cer_signatures WHERE cer_id = ? AND status = ? ORDER BY id DESC LIMIT 1`, [cerId, status]))[0];

  const filePhone = async (beneficiaryId: number): Promise<string | null> => {
    const [row] = rowsOf(await knex().raw('SELECT phone FROM beneficiaries WHERE id = ?', [beneficiaryId]));
    return (row?.phone as string) || null;
  };

  const referentCer = async (user: ConsoleUser, id: number) => {
    const cer = await access().visibleCer(user, id);
    const actor = await access().actorFor(user, cer.beneficiaryId);
    if (!access().isFileReferent(actor)) throw new ConsoleError(403, 'Seul le référent du dossier peut faire signer le CER.');
    return cer;
  };

  const cancel = (id: number, reason: string) => updateRows(knex(), 'cer_signatures', { status: 'cancelled', cancel_reason: reason, updated_at: new Date() }, { id, status: 'pending' });

  const fileNumberOf = async (beneficiaryId: number): Promise<string | null> => {
    const [file] = rowsOf(await knex().raw('SELECT file_number FROM beneficiaries WHERE id = ?', [beneficiaryId]));
    return (file?.file_number as string) ?? null;
  };

  /**
   * The document the person will read and sign, frozen once: the merged CER as PDF where
   * LibreOffice is installed (as .docx otherwise). Kept as a « prepared » signature until the code
   * is sent, so that what the console previews is byte for byte what is signed.
   */
  const freeze = async (cer: CerRecord): Promise<{ bytes: Buffer; mime: string; fingerprint: string }> => {
    const objectives = await loadObjectives(knex(), cer.id);
    const { bytes: docx } = await getService(strapi, 'cer-documents').mergeDocx(knex(), cer, 'sans-decision', objectives);
    // CER_SIGNATURE_PDF=false freezes the .docx even where LibreOffice is installed.
    const pdf = process.env.CER_SIGNATURE_PDF === 'false' ? null : await toPdf(docx).catch(() => null);
    return { bytes: pdf ?? docx, mime: pdf ? PDF_MIME : DOCX_MIME, fingerprint: cerFingerprint(printedFieldsOf(cer, objectives)) };
  };

  const currentFingerprint = async (cer: CerRecord): Promise<string> => cerFingerprint(printedFieldsOf(cer, await loadObjectives(knex(), cer.id)));

  const checkSignable = (cer: CerRecord): void => {
    if (cer.state !== 'proposition') throw new ConsoleError(409, 'La signature par SMS se fait sur un CER à l’état « CER proposition ».');
    if (cer.agreement !== 'nc') {
      throw new ConsoleError(409, 'Pour lancer la signature par SMS, l’accord du bénéficiaire doit être « NC » : modifiez-le puis enregistrez le CER.');
    }
  };

  /** The prepared document of this CER if it still prints the CER as it is now; else a new one. */
  const prepared = async (user: ConsoleUser, cer: CerRecord): Promise<Row> => {
    const fingerprint = await currentFingerprint(cer);
    const existing = await latest(cer.id, 'prepared');
    if (existing && existing.cer_fingerprint === fingerprint) return existing;
    // A document already frozen for the CER as it is now (a signature cancelled or replaced) is
    // the same document: it is shown again rather than rendered anew.
    const [earlier] = rowsOf(
      await knex().raw("SELECT document, document_mime, shown_sha_256 FROM cer_signatures WHERE cer_id = ? AND cer_fingerprint = ? AND status <> 'signed' AND document IS NOT NULL ORDER BY id DESC LIMIT 1", [
        cer.id,
        fingerprint,
      ]),
    );
    const frozen = earlier
      ? { bytes: Buffer.from(String(earlier.document), 'base64'), mime: String(earlier.document_mime), fingerprint }
      : await freeze(cer);
    const now = new Date();
    const sha = sha256(frozen.bytes);
    await strapi.db.transaction(async ({ trx }) => {
      const t = trx as unknown as Knex;
      await updateRows(t, 'cer_signatures', { status: 'cancelled', cancel_reason: 'replaced', updated_at: now }, { cer_id: cer.id, status: 'prepared' });
      await insertRow(t, 'cer_signatures', {
        cer_id: cer.id,
        beneficiary_id: cer.beneficiaryId,
        status: 'prepared',
        attempts: 0,
        cer_fingerprint: frozen.fingerprint,
        started_by_login: user.login,
        shown_sha_256: sha,
        document_sha_256: sha,
        document_mime: frozen.mime,
        document: frozen.bytes.toString('base64'),
        created_at: now,
        updated_at: now,
      });
    });
    return (await latest(cer.id, 'prepared')) as Row;
  };

  const renderedOf = async (cer: CerRecord, row: Row): Promise<RenderedDocument & { sha256: string }> => {
    const mime = String(row.document_mime);
    return {
      bytes: Buffer.from(String(row.document), 'base64'),
      mime,
      filename: documentFilename(await fileNumberOf(cer.beneficiaryId), cer, mime === PDF_MIME ? 'pdf' : 'docx'),
      sha256: String(row.shown_sha_256 ?? row.document_sha_256),
    };
  };

  return {
    async summary(cerId: number): Promise<{ latest: SignatureSummary | null; hasSigned: boolean }> {
      const [row] = rowsOf(await knex().raw(`SELECT ${SUMMARY_COLUMNS} FROM cer_signatures WHERE cer_id = ? AND status <> 'prepared' ORDER BY id DESC LIMIT 1`, [cerId]));
      const signed = row?.status === 'signed' ? row : await latest(cerId, 'signed', 'id');
      return { latest: row ? summaryOf(row) : null, hasSigned: Boolean(signed) };
    },

    /**
     * The document the code will sign, before any SMS: its text (the same merge as the frozen
     * document) and the fingerprint of what it prints, which start checks so that the person signs
     * what was shown. The bytes themselves: GET …/signature/document (frozen, with their SHA-256).
     */
    async preview(user: ConsoleUser, id: number) {
      const cer = await referentCer(user, id);
      checkSignable(cer);
      const objectives = await loadObjectives(knex(), id);
      const { bytes } = await getService(strapi, 'cer-documents').mergeDocx(knex(), cer, 'sans-decision', objectives);
      await access().audit(user, 'read:cer_signature_preview', cer.beneficiaryId);
      return { template: 'sans-decision', fingerprint: cerFingerprint(printedFieldsOf(cer, objectives)), text: extractDocxText(bytes) };
    },

    /**
     * Sends the code. The console proves what it showed: `shownFingerprint` (the preview's) and/or
     * `documentSha256` (the frozen document's); either one stale → 409, nothing sent.
     */
    async start(user: ConsoleUser, id: number, body: Record<string, unknown> = {}) {
      const cer = await referentCer(user, id);
      checkSignable(cer);
      if (body.shownFingerprint !== undefined && body.shownFingerprint !== (await currentFingerprint(cer))) {
        throw new ConsoleError(409, 'Le CER a changé depuis l’aperçu du document : relisez-le avec le bénéficiaire avant d’envoyer le code.');
      }
      const shownSha256 = body.documentSha256;
      let started;
      try {
        started = startSignature({ cerFingerprint: await currentFingerprint(cer), phone: (await filePhone(cer.beneficiaryId)) ?? '', now: new Date(), random: randomBytes });
      } catch (error) {
        if (error instanceof SignatureError) throw new ConsoleError(422, error.message);
        throw error;
      }
      // The prepared document is always of the CER as it is now (same fingerprint).
      const frozen = await prepared(user, cer);
      // The console may say which document it showed: a document frozen since then is refused.
      if (typeof shownSha256 === 'string' && shownSha256 !== '' && shownSha256 !== frozen.shown_sha_256) {
        throw new ConsoleError(409, 'Le document a changé depuis son affichage : affichez-le de nouveau avant d’envoyer le code.');
      }
      const documentSha256 = String(frozen.shown_sha_256);
      const now = new Date();
      const signatureId = toNumber(frozen.id);
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        await updateRows(t, 'cer_signatures', { status: 'cancelled', cancel_reason: 'replaced', updated_at: now }, { cer_id: id, status: 'pending' });
        const done = await updateRows(
          t,
          'cer_signatures',
          {
            status: 'pending',
            code_hash: started.codeHash,
            started_at: new Date(started.startedAt),
            expires_at: new Date(started.expiresAt),
            attempts: 0,
            phone: e164(started.phone),
            phone_masked: started.phoneMasked,
            started_by_login: user.login,
            updated_at: now,
          },
          { id: signatureId, status: 'prepared' },
        );
        if (done !== 1) throw new ConsoleError(409, 'La signature a changé entre-temps : rechargez le CER.');
      });
      try {
        await getService(strapi, 'sms').send(e164(started.phone), signatureSmsText(started.code));
      } catch (error) {
        await cancel(signatureId, 'sms_failed');
        if (error instanceof SmsSendError) throw new ConsoleError(503, error.message);
        throw error;
      }
      await access().audit(user, 'change:cer_signature_start', cer.beneficiaryId);
      return { id: signatureId, status: 'pending', expiresAt: started.expiresAt, phoneMasked: started.phoneMasked, documentSha256, documentMime: String(frozen.document_mime) };
    },

    /**
     * The document the person is shown and signs: exactly the bytes of the pending signature; before
     * the code is sent, the file's référent gets the document frozen for it (the same bytes the
     * signature will then use), so that the console can show it first.
     */
    async pendingDocument(user: ConsoleUser, id: number): Promise<RenderedDocument & { sha256: string }> {
      const cer = await access().visibleCer(user, id);
      let row = await latest(id, 'pending');
      if (!row) {
        const actor = await access().actorFor(user, cer.beneficiaryId);
        if (!access().isFileReferent(actor) || cer.state !== 'proposition' || cer.agreement !== 'nc') throw new ConsoleError(404, 'Aucune signature en attente pour ce CER.');
        row = await prepared(user, cer);
      }
      await access().audit(user, 'read:cer_signature_document', cer.beneficiaryId);
      return renderedOf(cer, row);
    },

    async confirm(user: ConsoleUser, id: number, code: unknown, sessionToken?: string) {
      const cer = await referentCer(user, id);
      const row = await latest(id, 'pending');
      if (!row) throw new ConsoleError(409, 'Aucune signature en attente pour ce CER : lancez la signature pour envoyer un code.');
      if (typeof code !== 'string' && typeof code !== 'number') throw new ConsoleError(422, 'Saisissez le code à 6 chiffres reçu par SMS.');
      const pending: PendingSignature = {
        codeHash: String(row.code_hash),
        startedAt: toInstant(row.started_at) ?? '',
        expiresAt: toInstant(row.expires_at) ?? '',
        attempts: toNumber(row.attempts),
        phone: `0${String(row.phone).slice(3)}`,
        phoneMasked: String(row.phone_masked),
        cerFingerprint: String(row.cer_fingerprint),
      };
      const objectives = await loadObjectives(knex(), id);
      const check = checkSignatureCode(pending, String(code), {
        now: new Date(),
        currentPhone: await filePhone(cer.beneficiaryId),
        currentCerFingerprint: cerFingerprint(printedFieldsOf(cer, objectives)),
      });
      const signatureId = toNumber(row.id);
      if (!check.ok) {
        if (check.pending === null) {
          await cancel(signatureId, check.error.code);
          await access().audit(user, 'change:cer_signature_cancelled', cer.beneficiaryId);
          throw new ConsoleError(409, check.error.message, { code: check.error.code });
        }
        if (check.pending.attempts !== pending.attempts) {
          await updateRows(knex(), 'cer_signatures', { attempts: check.pending.attempts, updated_at: new Date() }, { id: signatureId, status: 'pending', attempts: pending.attempts });
        }
        throw new ConsoleError(422, check.error.message, { code: check.error.code, remainingAttempts: check.error.remainingAttempts ?? null });
      }
      // What was signed is exactly what was shown: the frozen bytes, never a new rendering.
      const signedMime = String(row.document_mime);
      const signed = Buffer.from(String(row.document), 'base64');
      const base = signatureEvidence(signed, { phoneMasked: pending.phoneMasked, signedAt: check.signedAt, attempts: check.attempts, cerFingerprint: pending.cerFingerprint });
      const fileNumber = await fileNumberOf(cer.beneficiaryId);
      const [person] = rowsOf(await knex().raw('SELECT civility, first_name, last_name FROM beneficiaries WHERE id = ?', [cer.beneficiaryId]));
      const [referent] = rowsOf(await knex().raw('SELECT name FROM console_users WHERE login = ?', [user.login]));
      const sessionId = sessionToken ? ((await strapi.plugin('accounts').service('sessions').idOf(sessionToken)) as number | null) : null;
      const evidence: SignedCerEvidence = {
        method: 'sms_code',
        version: 1,
        cerId: id,
        cerNumber: cer.number ?? null,
        fileNumber,
        signatory: [person?.civility, person?.first_name, String(person?.last_name ?? '').toUpperCase()].filter(Boolean).join(' '),
        phoneMasked: pending.phoneMasked,
        codeSentAt: pending.startedAt,
        codeVerifiedAt: check.signedAt,
        attempts: check.attempts,
        sha256: base.sha256,
        signedContentName: documentFilename(fileNumber, cer, signedMime === PDF_MIME ? 'pdf' : 'docx'),
        signedContentMime: signedMime,
        cerFingerprint: pending.cerFingerprint,
        referentLogin: user.login,
        referentName: (referent?.name as string) ?? null,
        referentSessionId: sessionId === null ? 'inconnue' : `session n° ${sessionId}`,
      };
      // Filed, immutable, in the file's documents (type « CER signé »): the shown pages, the
      // evidence page, the exact signed bytes and the evidence attached.
      const filedPdf = await buildSignedCerPdf({ bytes: signed, mime: signedMime }, evidence, new Date(check.signedAt));
      const store = strapi.plugin('documents').service('document-store');
      const filed = (await store.fileForUser(
        user,
        cer.beneficiaryId,
        { bytes: filedPdf, filename: evidence.signedContentName.replace(/\.(pdf|docx)$/, '-signe.pdf'), type: 'cer_signe' },
        { source: 'signature', locked: true, evidence, fallbackType: { id: 'cer_signe', code: 'cer_signe', label: 'CER signé', folder: 'Contrats', folderScope: 'dispositif', folderPosition: 0 } },
      )) as { id: number };
      const stored = { ...base, ...evidence, shownSha256: row.shown_sha_256, documentId: filed.id };
      try {
        await strapi.db.transaction(async ({ trx }) => {
          const t = trx as unknown as Knex;
          const done = await updateRows(
            t,
            'cer_signatures',
            { status: 'signed', signed_at: new Date(check.signedAt), attempts: check.attempts, document_sha_256: base.sha256, evidence: JSON.stringify(stored), code_hash: null, updated_at: new Date() },
            { id: signatureId, status: 'pending', attempts: pending.attempts },
          );
          if (done !== 1) throw new ConsoleError(409, 'La signature a changé entre-temps : rechargez le CER.');
          await updateRows(t, 'cers', { agreement: 'oui', signed_on: todayInParis(), updated_by_login: user.login, updated_at: new Date() }, { id });
        });
      } catch (error) {
        await store.discard(filed.id);
        throw error;
      }
      await access().audit(user, 'change:cer_signed', cer.beneficiaryId);
      return { status: 'signed', signedAt: check.signedAt, attempts: check.attempts, phoneMasked: pending.phoneMasked, documentSha256: base.sha256, documentMime: signedMime, documentId: filed.id };
    },

    /** The filed « CER signé » (the shown document, its evidence page, the signed bytes attached). */
    async signedDocument(user: ConsoleUser, id: number): Promise<RenderedDocument> {
      const cer = await access().visibleCer(user, id);
      const row = await latest(id, 'signed');
      if (!row) throw new ConsoleError(404, 'Aucun document signé pour ce CER.');
      const evidence = (typeof row.evidence === 'string' ? JSON.parse(row.evidence) : row.evidence) as { documentId?: number } | null;
      const fileNumber = await fileNumberOf(cer.beneficiaryId);
      await access().audit(user, 'export:cer_signed_document', cer.beneficiaryId);
      const filed = evidence?.documentId ? ((await strapi.plugin('documents').service('document-store').bytesOf(evidence.documentId)) as { bytes: Buffer } | null) : null;
      if (filed) return { bytes: filed.bytes, mime: PDF_MIME, filename: documentFilename(fileNumber, cer, 'pdf').replace(/\.pdf$/, '-signe.pdf') };
      // Signatures from before the document store: the signed bytes alone.
      const mime = String(row.document_mime);
      return { bytes: Buffer.from(String(row.document), 'base64'), mime, filename: documentFilename(fileNumber, cer, mime === PDF_MIME ? 'pdf' : 'docx').replace(/\.(pdf|docx)$/, '-signe.$1') };
    },
  };
};
