// Where a CER template comes from (FEATURES C4): the file a functional admin attached to the
// CMS entry of that kind (api::document-template, media library), else the one shipped in
// plugins/cer/templates. Shipped files are read once and kept.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { cerTemplateFileName, type CerTemplateName } from '../../../domain';

export type TemplateSource = { bytes: Buffer; origin: 'cms' | 'shipped' };

type MediaFile = { url?: string | null; provider?: string | null; ext?: string | null };

/** The plugin package's root, found from this compiled file whatever the build layout. */
const pluginRoot = (): string => {
  let dir = __dirname;
  for (let i = 0; i < 8; i += 1) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@rsa/plugin-cer') return dir;
    dir = path.dirname(dir);
  }
  throw new Error('Racine du plugin CER introuvable (package.json @rsa/plugin-cer).');
};

export const shippedTemplatePath = (name: CerTemplateName): string => path.join(pluginRoot(), 'templates', cerTemplateFileName(name));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const shipped = new Map<CerTemplateName, Buffer>();

  const readMedia = async (file: MediaFile): Promise<Buffer | null> => {
    if (!file.url) return null;
    if ((file.provider ?? 'local') === 'local') {
      const publicDir = path.resolve(strapi.dirs.static.public);
      const target = path.resolve(publicDir, `.${file.url.startsWith('/') ? file.url : `/${file.url}`}`);
      if (!target.startsWith(publicDir + path.sep)) return null;
      return readFile(target);
    }
    const response = await fetch(file.url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };

  const readShipped = async (name: CerTemplateName): Promise<Buffer> => {
    let bytes = shipped.get(name);
    if (!bytes) {
      bytes = await readFile(shippedTemplatePath(name));
      shipped.set(name, bytes);
    }
    return bytes;
  };

  return {
    /** The bytes of a media-library file, by its id (null when it has none). */
    async mediaBytes(fileId: number): Promise<Buffer | null> {
      const file = (await strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId } })) as MediaFile | null;
      return file ? readMedia(file) : null;
    },

    /** A shipped template: the fallback, and the functional admin's starting point. */
    shipped: readShipped,

    async load(name: CerTemplateName): Promise<TemplateSource> {
      try {
        const entry = (await strapi.db.query('api::document-template.document-template').findOne({
          where: { kind: `cer-${name}` },
          populate: { file: true },
        })) as { file?: MediaFile | null } | null;
        const bytes = entry?.file ? await readMedia(entry.file) : null;
        if (bytes) return { bytes, origin: 'cms' };
      } catch (error) {
        // A broken media file must not stop the service: the shipped template still works.
        strapi.log.warn(`Modèle CER « ${name} » du CMS illisible, modèle livré utilisé : ${(error as Error).message}`);
      }
      return { bytes: await readShipped(name), origin: 'shipped' };
    },
  };
};
