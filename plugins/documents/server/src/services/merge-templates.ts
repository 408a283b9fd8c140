// The mail merge's Word templates (FEATURES D1, A5): the entries of the CMS « Modèle de
// document » of a non-CER kind, each with its logo variant and its file; an entry without a file,
// and a kind without any entry, use the template shipped in plugins/documents/templates.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ConsoleError } from '@rsa/console-kit';
import { isMergeTemplateKind, LOGO_VARIANT_LABELS, MERGE_TEMPLATE_KIND_LABELS, shippedTemplateFileName, type LogoVariant, type MergeTemplateKind } from '../../../domain/merge/merge-template-kind';

export const TEMPLATE_UID = 'api::document-template.document-template';
export const TEMPLATE_NOT_FOUND = 'Modèle de document introuvable.';

export type MergeTemplateEntry = {
  id: number;
  documentId: string;
  kind: string;
  name: string;
  logo: LogoVariant | null;
  file?: { id: number } | null;
  documentType?: { name: string; code: string | null } | null;
};

export type MergeTemplateView = { id: number; kind: MergeTemplateKind; kindLabel: string; name: string; logo: LogoVariant; logoLabel: string; custom: boolean };

const pluginRoot = (): string => {
  let dir = __dirname;
  for (let i = 0; i < 8; i += 1) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@rsa/plugin-documents') return dir;
    dir = path.dirname(dir);
  }
  throw new Error('Racine du plugin documents introuvable (package.json @rsa/plugin-documents).');
};

export const shippedMergeTemplatePath = (kind: MergeTemplateKind): string => path.join(pluginRoot(), 'templates', shippedTemplateFileName(kind));

export const presentTemplate = (entry: MergeTemplateEntry): MergeTemplateView => {
  const kind = entry.kind as MergeTemplateKind;
  const logo = (entry.logo ?? 'aucun') as LogoVariant;
  return { id: entry.id, kind, kindLabel: MERGE_TEMPLATE_KIND_LABELS[kind], name: entry.name, logo, logoLabel: LOGO_VARIANT_LABELS[logo], custom: Boolean(entry.file) };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const shipped = new Map<MergeTemplateKind, Buffer>();
  const entries = () => strapi.db.query(TEMPLATE_UID as never);

  const readShipped = async (kind: MergeTemplateKind): Promise<Buffer> => {
    let bytes = shipped.get(kind);
    if (!bytes) {
      bytes = await readFile(shippedMergeTemplatePath(kind));
      shipped.set(kind, bytes);
    }
    return bytes;
  };

  return {
    shipped: readShipped,

    /** The templates of the given kinds, by kind then name (the console's choice list). */
    async list(kinds: readonly MergeTemplateKind[]): Promise<MergeTemplateView[]> {
      const rows = (await entries().findMany({ where: { kind: { $in: kinds } }, populate: ['file'], orderBy: [{ kind: 'asc' }, { name: 'asc' }] } as never)) as MergeTemplateEntry[];
      return rows.map(presentTemplate);
    },

    /** An entry of a merge kind (422 for an unknown id or a CER template: the console never sends one). */
    async entry(rawId: unknown, allowed: readonly MergeTemplateKind[]): Promise<MergeTemplateEntry> {
      const id = Number(rawId);
      const row = Number.isInteger(id) && id > 0 ? ((await entries().findOne({ where: { id }, populate: ['file', 'documentType'] } as never)) as MergeTemplateEntry | null) : null;
      if (!row || !isMergeTemplateKind(row.kind) || !allowed.includes(row.kind)) {
        throw new ConsoleError(422, `Choisissez un modèle parmi : ${allowed.map((k) => MERGE_TEMPLATE_KIND_LABELS[k]).join(', ')}.`, { field: 'template' });
      }
      return row;
    },

    /** The template's bytes: the CMS file when it has one and it reads, else the shipped one. */
    async bytes(entry: MergeTemplateEntry): Promise<Buffer> {
      if (entry.file?.id) {
        try {
          const bytes = (await strapi.plugin('cer').service('cer-templates').mediaBytes(entry.file.id)) as Buffer | null;
          if (bytes) return bytes;
        } catch (error) {
          // A broken media file must not stop the merge: the shipped template still works.
          strapi.log.warn(`Modèle « ${entry.name} » du CMS illisible, modèle livré utilisé : ${(error as Error).message}`);
        }
      }
      if (!isMergeTemplateKind(entry.kind)) throw new ConsoleError(404, TEMPLATE_NOT_FOUND);
      return readShipped(entry.kind);
    },
  };
};
