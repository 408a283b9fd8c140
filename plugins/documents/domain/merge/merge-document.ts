import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { detectUploadKind } from '@rsa/plugin-cer/domain/documents/upload-content';
import { MERGE_FIELD_LABELS, MERGE_FIELDS, type MergeField } from './merge-fields';
import { MERGE_TEMPLATE_KIND_LABELS, type MergeTemplateKind } from './merge-template-kind';

// Mail merge of the non-CER Word templates (FEATURES D1, A5) and the check a template passes when
// the functional admin gives it (never when a référent merges it): same docxtemplater options on
// both sides, so that what was accepted at upload merges.
const OPTIONS = { paragraphLoop: true, linebreaks: true, errorLogging: false } as const;

export class MergeTemplateError extends Error {
  override readonly name = 'MergeTemplateError';
}

type DocxError = { properties?: { id?: string; xtag?: string; explanation?: string; errors?: DocxError[] } };

// docxtemplater explains in English; the admin reads French, with the tag named.
const FRENCH: Record<string, (tag: string) => string> = {
  unclosed_tag: (t) => `la balise « {${t} » n’est pas fermée (accolade « } » manquante)`,
  unopened_tag: (t) => `la balise « ${t}} » n’est pas ouverte (accolade « { » manquante)`,
  unclosed_loop: (t) => `la section « {#${t}} » n’est pas fermée par « {/${t}} »`,
  unopened_loop: (t) => `« {/${t}} » ferme une section qui n’est pas ouverte`,
  closing_tag_does_not_match_opening_tag: (t) => `la fermeture de « ${t} » ne correspond pas à la balise ouverte`,
  duplicate_open_tag: (t) => `accolade ouvrante en double dans « ${t} »`,
  duplicate_close_tag: (t) => `accolade fermante en double dans « ${t} »`,
};

export const describeMergeTemplateError = (error: unknown): string[] => {
  const e = error as DocxError;
  const list = Array.isArray(e.properties?.errors) ? e.properties.errors : [e];
  return list.map((item) => {
    const id = item.properties?.id ?? '';
    const tag = item.properties?.xtag ?? '';
    return FRENCH[id]?.(tag) ?? item.properties?.explanation ?? 'balise illisible';
  });
};

export type MergeTemplateCheck = { ok: true } | { ok: false; message: string; unknownFields: readonly string[] };

const braces = (tag: string): string => `{${tag}}`;

/** Whether a Word file can be a template of that kind: a real .docx, well-formed tags, only the kind's fields. */
export const checkMergeTemplate = (kind: MergeTemplateKind, bytes: Buffer): MergeTemplateCheck => {
  const label = MERGE_TEMPLATE_KIND_LABELS[kind];
  if (detectUploadKind(bytes) !== 'docx') return { ok: false, message: `Le modèle « ${label} » doit être un document Word (.docx).`, unknownFields: [] };
  const inspect = new InspectModule();
  try {
    new Docxtemplater(new PizZip(bytes), { ...OPTIONS, modules: [inspect] });
  } catch (error) {
    return { ok: false, message: `Le modèle « ${label} » est mal formé : ${describeMergeTemplateError(error).join(' ; ')}.`, unknownFields: [] };
  }
  const allowed = new Set<string>(MERGE_FIELDS[kind]);
  const found = new Set<string>();
  const walk = (tree: Record<string, Record<string, unknown>>): void => {
    for (const [tag, children] of Object.entries(tree)) {
      if (!allowed.has(tag)) found.add(tag);
      walk(children as Record<string, Record<string, unknown>>);
    }
  };
  walk(inspect.getAllTags() as Record<string, Record<string, unknown>>);
  if (found.size === 0) return { ok: true };
  const unknownFields = [...found].sort();
  const one = unknownFields.length === 1;
  return {
    ok: false,
    message:
      `Le modèle « ${label} » utilise ${one ? 'un champ de fusion inconnu' : 'des champs de fusion inconnus'} : ${unknownFields.map(braces).join(', ')}. ` +
      `Champs disponibles : ${MERGE_FIELDS[kind].map(braces).join(', ')}.`,
    unknownFields,
  };
};

/** The help shown next to a template entry in the CMS (read-only, kept by the application). */
export const describeMergeFields = (kind: MergeTemplateKind): string =>
  [
    `Champs de fusion d’un modèle « ${MERGE_TEMPLATE_KIND_LABELS[kind]} » (à écrire tels quels, accolades comprises, dans le document Word) :`,
    ...MERGE_FIELDS[kind].map((field: MergeField) => `${braces(field)} : ${MERGE_FIELD_LABELS[field]}`),
    'Un champ inconnu ou une accolade mal fermée est refusé à l’enregistrement.',
  ].join('\n');

/** The merged .docx; a template broken after all (edited outside the CMS) → MergeTemplateError. */
export const mergeDocument = (template: Buffer, values: Record<string, string>): Buffer => {
  let doc: Docxtemplater<PizZip>;
  try {
    doc = new Docxtemplater(new PizZip(template), { ...OPTIONS, nullGetter: () => '' });
    doc.render(values);
  } catch (error) {
    throw new MergeTemplateError(`Le modèle de document est invalide (${describeMergeTemplateError(error).join(' ; ')}) : corrigez-le dans le panneau d’administration.`);
  }
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
};

const BODY = /<w:body>([\s\S]*?)(<w:sectPr[\s\S]*<\/w:sectPr>\s*)?<\/w:body>/;

/**
 * Many merges of ONE template as one Word document, a page break between them (the batch's
 * combined PDF: LibreOffice converts one document of a hundred pages in the time it takes to
 * start). The template's body is wrapped in a loop over the values; its section (page size,
 * margins, header and footer) stays once at the end.
 */
export const mergeDocumentsCombined = (template: Buffer, valuesList: readonly Record<string, string>[]): Buffer => {
  const zip = new PizZip(template);
  const xml = zip.file('word/document.xml')?.asText() ?? '';
  const match = BODY.exec(xml);
  if (!match) throw new MergeTemplateError('Le modèle de document est invalide (corps du document introuvable) : corrigez-le dans le panneau d’administration.');
  const [whole, content = '', section = ''] = match;
  // Names no merge field can take: the admin's tags never collide with them.
  const loop =
    '<w:p><w:r><w:t>{#__documents}</w:t></w:r></w:p>' +
    content +
    '<w:p><w:r><w:t>{#__more}</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>{/__more}</w:t></w:r></w:p>' +
    '<w:p><w:r><w:t>{/__documents}</w:t></w:r></w:p>';
  zip.file('word/document.xml', xml.replace(whole, `<w:body>${loop}${section}</w:body>`));
  let doc: Docxtemplater<PizZip>;
  try {
    doc = new Docxtemplater(zip, { ...OPTIONS, nullGetter: () => '' });
    doc.render({ __documents: valuesList.map((values, i) => ({ ...values, __more: i < valuesList.length - 1 })) });
  } catch (error) {
    throw new MergeTemplateError(`Le modèle de document est invalide (${describeMergeTemplateError(error).join(' ; ')}) : corrigez-le dans le panneau d’administration.`);
  }
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
};
