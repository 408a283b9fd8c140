// What the file's document store accepts (FEATURES D2): Word, PDF, JPEG, PNG, recognised by their
// bytes — the CER plugin's rule for the CMS uploads (upload-content.ts), plus the sniff of
// `file-type` which must agree with it, plus the size limit. Nothing else decides.
import { UPLOAD_KIND_FORMATS, detectUploadKind, type UploadKind } from '@rsa/plugin-cer/domain/documents/upload-content';

export const DEFAULT_MAX_MB = 10;

/** What `file-type` says the bytes are (its `ext`), or undefined when it does not know. */
export type Sniffed = { ext: string; mime: string } | undefined;

const SNIFFED_AS: Record<UploadKind, readonly string[]> = { docx: ['docx'], pdf: ['pdf'], png: ['png'], jpeg: ['jpg'] };

export type ContentCheck =
  | { ok: true; kind: UploadKind; mime: string; extension: string; extensions: readonly string[] }
  | { ok: false; status: 413 | 415; message: string };

const ACCEPTED = 'Seuls sont acceptés les documents Word (.docx), PDF et les images JPEG ou PNG, reconnus d’après leur contenu.';

export const maxBytes = (maxMb: number): number => Math.round(maxMb * 1024 * 1024);

/** The limit in Mo from the environment (`DOCUMENTS_MAX_MB`), 10 by default. */
export const parseMaxMb = (raw: string | undefined): number => {
  const value = Number(raw);
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(value) && value > 0 ? value : DEFAULT_MAX_MB;
};

export const checkDocumentContent = (bytes: Buffer, sniffed: Sniffed, maxMb: number): ContentCheck => {
  if (bytes.length > maxBytes(maxMb)) {
    return { ok: false, status: 413, message: `Fichier trop volumineux : ${(bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} Mo pour ${String(maxMb).replace('.', ',')} Mo au plus.` };
  }
  if (bytes.length === 0) return { ok: false, status: 415, message: `Fichier vide refusé. ${ACCEPTED}` };
  const kind = detectUploadKind(bytes);
  if (kind === null || !sniffed || !SNIFFED_AS[kind].includes(sniffed.ext)) {
    return { ok: false, status: 415, message: `Fichier refusé : son contenu n’est pas d’un type accepté. ${ACCEPTED}` };
  }
  const format = UPLOAD_KIND_FORMATS[kind];
  return { ok: true, kind, mime: format.mime, extension: format.extensions[0], extensions: format.extensions };
};
