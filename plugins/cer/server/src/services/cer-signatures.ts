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
import type { SignatureSummary } from './cer-presenter';
import { loadObjectives, printedFieldsOf } from './cer-store';
import { DOCX_MIME, PDF_MIME, documentFilename, toPdf, type RenderedDocument } from './cer-documents';
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

  const signableCer = async (user: ConsoleUser, id: number) => {
    const cer = await referentCer(user, id);
    if (cer.state !== 'proposition') throw new ConsoleError(409, 'La signature par SMS se fait sur un CER à l’état « CER proposition ».');
    if (cer.agreement !== 'nc') {
      throw new ConsoleError(409, 'Pour lancer la signature par SMS, l’accord du bénéficiaire doit être « NC » : modifiez-le puis enregistrez le CER.');
    }
    return cer;
  };

  return {
    async summary(cerId: number): Promise<{ latest: SignatureSummary | null; hasSigned: boolean }> {
      const [row] = rowsOf(await knex().raw(`SELECT ${SUMMARY_COLUMNS} FROM cer_signatures WHERE cer_id = ? ORDER BY id DESC LIMIT 1`, [cerId]));
      const signed = row?.status === 'signed' ? row : await latest(cerId, 'signed', 'id');
      return { latest: row ? summaryOf(row) : null, hasSigned: Boolean(signed) };
    },

    /**
     * The document the code will sign, before any SMS: its text (the same merge as start) and the
     * fingerprint of what it prints, which start checks so that the person signs what was shown.
     */
    async preview(user: ConsoleUser, id: number) {
      const cer = await signableCer(user, id);
      const objectives = await loadObjectives(knex(), id);
      const { bytes } = await getService(strapi, 'cer-documents').mergeDocx(knex(), cer, 'sans-decision', objectives);
      await access().audit(user, 'read:cer_signature_preview', cer.beneficiaryId);
      return { template: 'sans-decision', fingerprint: cerFingerprint(printedFieldsOf(cer, objectives)), text: extractDocxText(bytes) };
    },

    async start(user: ConsoleUser, id: number, body: Record<string, unknown> = {}) {
      const cer = await signableCer(user, id);
      const objectives = await loadObjectives(knex(), id);
      if (body.shownFingerprint !== undefined && body.shownFingerprint !== cerFingerprint(printedFieldsOf(cer, objectives))) {
        throw new ConsoleError(409, 'Le CER a changé depuis l’aperçu du document : relisez-le avec le bénéficiaire avant d’envoyer le code.');
      }
      const { bytes } = await getService(strapi, 'cer-documents').mergeDocx(knex(), cer, 'sans-decision', objectives);
      let started;
      try {
        started = startSignature({ cerFingerprint: cerFingerprint(printedFieldsOf(cer, objectives)), phone: (await filePhone(cer.beneficiaryId)) ?? '', now: new Date(), random: randomBytes });
      } catch (error) {
        if (error instanceof SignatureError) throw new ConsoleError(422, error.message);
        throw error;
      }
      const documentSha256 = sha256(bytes);
      const now = new Date();
      let signatureId = 0;
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        await updateRows(t, 'cer_signatures', { status: 'cancelled', cancel_reason: 'replaced', updated_at: now }, { cer_id: id, status: 'pending' });
        signatureId = await insertRow(t, 'cer_signatures', {
          cer_id: id,
          beneficiary_id: cer.beneficiaryId,
          status: 'pending',
          code_hash: started.codeHash,
          started_at: new Date(started.startedAt),
          expires_at: new Date(started.expiresAt),
          attempts: 0,
          phone: e164(started.phone),
          phone_masked: started.phoneMasked,
          cer_fingerprint: started.cerFingerprint,
          started_by_login: user.login,
          shown_sha_256: documentSha256,
          document_sha_256: documentSha256,
          document_mime: DOCX_MIME,
          document: bytes.toString('base64'),
          created_at: now,
          updated_at: now,
        });
      });
      try {
        await getService(strapi, 'sms').send(e164(started.phone), signatureSmsText(started.code));
      } catch (error) {
        await cancel(signatureId, 'sms_failed');
        if (error instanceof SmsSendError) throw new ConsoleError(503, error.message);
        throw error;
      }
      await access().audit(user, 'change:cer_signature_start', cer.beneficiaryId);
      return { id: signatureId, status: 'pending', expiresAt: started.expiresAt, phoneMasked: started.phoneMasked, documentSha256 };
    },

    /** The document the person is shown and signs: exactly the bytes of the pending signature. */
    async pendingDocument(user: ConsoleUser, id: number): Promise<RenderedDocument> {
      const cer = await access().visibleCer(user, id);
      const row = await latest(id, 'pending');
      if (!row) throw new ConsoleError(404, 'Aucune signature en attente pour ce CER.');
      const [file] = rowsOf(await knex().raw('SELECT file_number FROM beneficiaries WHERE id = ?', [cer.beneficiaryId]));
      await access().audit(user, 'read:cer_signature_document', cer.beneficiaryId);
      return { bytes: Buffer.from(String(row.document), 'base64'), mime: String(row.document_mime), filename: documentFilename((file?.file_number as string) ?? null, cer, 'docx') };
    },

    async confirm(user: ConsoleUser, id: number, code: unknown) {
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
      const docx = Buffer.from(String(row.document), 'base64');
      const pdf = await toPdf(docx).catch(() => null);
      const signed = pdf ?? docx;
      const evidence = { ...signatureEvidence(signed, { phoneMasked: pending.phoneMasked, signedAt: check.signedAt, attempts: check.attempts, cerFingerprint: pending.cerFingerprint }), shownSha256: row.shown_sha_256 };
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const done = await updateRows(
          t,
          'cer_signatures',
          { status: 'signed', signed_at: new Date(check.signedAt), attempts: check.attempts, document: signed.toString('base64'), document_mime: pdf ? PDF_MIME : DOCX_MIME, document_sha_256: evidence.sha256, evidence: JSON.stringify(evidence), code_hash: null, updated_at: new Date() },
          { id: signatureId, status: 'pending', attempts: pending.attempts },
        );
        if (done !== 1) throw new ConsoleError(409, 'La signature a changé entre-temps : rechargez le CER.');
        await updateRows(t, 'cers', { agreement: 'oui', signed_on: todayInParis(), updated_by_login: user.login, updated_at: new Date() }, { id });
      });
      await access().audit(user, 'change:cer_signed', cer.beneficiaryId);
      return { status: 'signed', signedAt: check.signedAt, attempts: check.attempts, phoneMasked: pending.phoneMasked, documentSha256: evidence.sha256, documentMime: pdf ? PDF_MIME : DOCX_MIME };
    },

    async signedDocument(user: ConsoleUser, id: number): Promise<RenderedDocument> {
      const cer = await access().visibleCer(user, id);
      const row = await latest(id, 'signed');
      if (!row) throw new ConsoleError(404, 'Aucun document signé pour ce CER.');
      const [file] = rowsOf(await knex().raw('SELECT file_number FROM beneficiaries WHERE id = ?', [cer.beneficiaryId]));
      const mime = String(row.document_mime);
      const name = documentFilename((file?.file_number as string) ?? null, cer, mime === PDF_MIME ? 'pdf' : 'docx').replace(/\.(pdf|docx)$/, '-signe.$1');
      await access().audit(user, 'export:cer_signed_document', cer.beneficiaryId);
      return { bytes: Buffer.from(String(row.document), 'base64'), mime, filename: name };
    },
  };
};
