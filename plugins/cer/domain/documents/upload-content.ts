import path from 'node:path';
import PizZip from 'pizzip';

// What the CMS media library accepts (issue 8 §4): the Word templates, PDF and the images the
// product needs, recognised by their CONTENT. A file's name and its declared MIME type are the
// uploader's word; a page or a script (html, js, svg…) must never be stored on the console's
// origin, whatever it is called.
export const UPLOAD_KINDS = ['docx', 'pdf', 'png', 'jpeg'] as const;

export type UploadKind = (typeof UPLOAD_KINDS)[number];

export const UPLOAD_KIND_FORMATS: Record<UploadKind, { mime: string; extensions: readonly string[]; label: string }> = {
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'], label: 'document Word (.docx)' },
  pdf: { mime: 'application/pdf', extensions: ['.pdf'], label: 'document PDF (.pdf)' },
  png: { mime: 'image/png', extensions: ['.png'], label: 'image PNG (.png)' },
  jpeg: { mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'], label: 'image JPEG (.jpg, .jpeg)' },
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];

// The main part a Word document declares; a macro-enabled one (.docm) declares another type and
// is therefore refused too.
const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

// A "zip bomb" (a few kilobytes that inflate to gigabytes) is no Word document: the sizes the
// archive declares must stay those of an office document. Real .docx files inflate 2 to 20
// times; their images are already compressed.
export const ZIP_MAX_EXPANDED_BYTES = 200 * 1024 * 1024;
export const ZIP_MAX_RATIO = 100;
const ZIP_RATIO_FROM_BYTES = 5 * 1024 * 1024;

/** Is an archive that declares these sizes a plausible document (no zip bomb)? */
export const plausibleZipExpansion = (entries: ReadonlyArray<{ compressedSize: number; uncompressedSize: number }>): boolean => {
  const expanded = entries.reduce((sum, entry) => sum + Math.max(0, entry.uncompressedSize), 0);
  const compressed = entries.reduce((sum, entry) => sum + Math.max(0, entry.compressedSize), 0);
  if (expanded > ZIP_MAX_EXPANDED_BYTES) return false;
  return expanded < ZIP_RATIO_FROM_BYTES || expanded <= ZIP_MAX_RATIO * Math.max(1, compressed);
};

type ZipEntrySizes = { _data?: { compressedSize?: number; uncompressedSize?: number } };

const isWordDocument = (bytes: Buffer): boolean => {
  try {
    const zip = new PizZip(bytes);
    // The central directory's sizes, read without inflating anything.
    const sizes = Object.values(zip.files as Record<string, ZipEntrySizes>).map((entry) => ({
      compressedSize: Number(entry._data?.compressedSize ?? 0),
      uncompressedSize: Number(entry._data?.uncompressedSize ?? 0),
    }));
    if (!plausibleZipExpansion(sizes)) return false;
    const contentTypes = zip.file('[Content_Types].xml')?.asText() ?? '';
    const main = /<Override\b[^>]*\bPartName="\/word\/document\.xml"[^>]*>/.exec(contentTypes)?.[0] ?? '';
    return main.includes(`ContentType="${DOCX_MAIN}"`) && zip.file('word/document.xml') !== null;
  } catch {
    return false;
  }
};

/** The kind of file these bytes are, or null when it is none the product accepts. */
export const detectUploadKind = (bytes: Buffer): UploadKind | null => {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP) && isWordDocument(bytes)) return 'docx';
  return null;
};

export type UploadCheck = { ok: true; kind: UploadKind; mime: string } | { ok: false; message: string };

const ACCEPTED = 'Seuls sont acceptés les documents Word (.docx), les documents PDF et les images PNG ou JPEG, reconnus d’après leur contenu.';

/**
 * Accepts a file only when its content is one of the accepted kinds AND its name carries that
 * kind's extension (a Word document renamed .png is refused: it would be served as an image).
 */
export const checkUpload = (fileName: string, bytes: Buffer): UploadCheck => {
  const kind = detectUploadKind(bytes);
  const name = fileName.trim() || 'sans nom';
  if (kind === null) return { ok: false, message: `Fichier « ${name} » refusé : son contenu n’est pas d’un type accepté. ${ACCEPTED}` };
  const format = UPLOAD_KIND_FORMATS[kind];
  const extension = path.extname(name).toLowerCase();
  if (!format.extensions.includes(extension)) {
    return {
      ok: false,
      message: `Fichier « ${name} » refusé : son contenu est un ${format.label}, son nom doit finir par ${format.extensions.join(' ou ')}.`,
    };
  }
  return { ok: true, kind, mime: format.mime };
};
