import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { CerDocumentData } from './cer-document-data.type';
import { CerDocumentError } from './cer-document.error';
import { cerTemplateVariables } from './cer-template-variables';

type TemplateErrorDetail = { properties?: { explanation?: string; id?: string; xtag?: string } };

/** docxtemplater's explanations of what is wrong in a template (tag names, never merged data). */
export const describeTemplateError = (error: unknown): string[] => {
  const errors = (error as { properties?: { errors?: TemplateErrorDetail[] } }).properties?.errors;
  const list: TemplateErrorDetail[] = Array.isArray(errors) ? errors : [error as TemplateErrorDetail];
  return list.map((item) => item.properties?.explanation ?? item.properties?.id ?? 'erreur inconnue');
};

// Merges one CER into a Word template (FEATURES C4, D1) and returns the .docx bytes.
export const mergeCerDocument = (template: Buffer, data: CerDocumentData): Buffer => {
  let doc: Docxtemplater<PizZip>;
  try {
    doc = new Docxtemplater(new PizZip(template), {
      paragraphLoop: true,
      linebreaks: true,
      // A tag the data does not fill prints nothing, never "undefined" nor the raw tag.
      nullGetter: () => '',
      // docxtemplater logs failing templates to the console; our errors carry what is needed.
      errorLogging: false,
    });
    doc.render(cerTemplateVariables(data));
  } catch (error) {
    throw new CerDocumentError(
      'invalid_template',
      'Le modèle de document est invalide : corrigez-le dans le panneau d’administration.',
      describeTemplateError(error),
    );
  }
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
};
