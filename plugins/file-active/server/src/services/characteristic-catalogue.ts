// The characteristics catalogue as the functional admins edit it in the CMS (Famille de
// caractéristiques, Caractéristique with its list values), loaded for the domain rules
// (domain/characteristic-catalogue.ts). Kept in memory and dropped whenever the admins change it
// (database lifecycles); the short expiry covers an edit made through another server process.
import type { Core } from '@strapi/strapi';
import type { CharacteristicCatalogue, CharacteristicDefinition } from '../../../domain/characteristic-catalogue';

export const FAMILY_UID = 'api::characteristic-family.characteristic-family';
export const DEFINITION_UID = 'api::characteristic-definition.characteristic-definition';
export const LIST_VALUE_UID = 'catalogue.list-value';
const WATCHED = new Set<string>([FAMILY_UID, DEFINITION_UID, LIST_VALUE_UID]);
const MAX_AGE_MS = 60_000;

type ValueRow = { code: string; label: string; aliases: string | null; active: boolean | null };
type DefinitionRow = {
  id: number;
  name: string;
  type: CharacteristicDefinition['type'];
  source: CharacteristicDefinition['source'];
  required: boolean | null;
  position: number | null;
  family: { name: string; position: number | null } | null;
  values: ValueRow[] | null;
};

const toDefinition = (r: DefinitionRow): CharacteristicDefinition => {
  const common = { family: r.family?.name ?? '', name: r.name, source: r.source, required: r.required === true };
  if (r.type !== 'list') return { ...common, type: r.type };
  const values = (r.values ?? []).map((v) => ({
    code: v.code,
    label: v.label,
    active: v.active !== false,
    aliases: (v.aliases ?? '').split('\n').map((a) => a.trim()).filter(Boolean),
  }));
  return { ...common, type: 'list', values };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { at: number; catalogue: Promise<CharacteristicCatalogue> } | null = null;
  let watching = false;

  const watch = () => {
    if (watching) return;
    watching = true;
    // Only a write empties the cache: the subscriber also hears reads (beforeFindMany…), and
    // reading the catalogue itself emptied it, so every list request read it again (3 queries).
    strapi.db.lifecycles.subscribe((event: { action: string; model: { uid: string } }) => {
      if (WATCHED.has(event.model.uid) && /^(before|after)(Create|Update|Delete)/.test(event.action)) cached = null;
    });
  };

  const read = async (): Promise<CharacteristicCatalogue> => {
    const rows = (await strapi.db.query(DEFINITION_UID as never).findMany({ populate: { family: true, values: true } } as never)) as unknown as DefinitionRow[];
    return rows
      .filter((r) => r.family !== null)
      .sort(
        (a, b) =>
          (a.family?.position ?? 0) - (b.family?.position ?? 0) ||
          (a.family?.name ?? '').localeCompare(b.family?.name ?? '', 'fr') ||
          (a.position ?? 0) - (b.position ?? 0) ||
          a.id - b.id,
      )
      .map(toDefinition);
  };

  return {
    /** The catalogue, families and characteristics in the admins' order; values active or not. */
    async load(): Promise<CharacteristicCatalogue> {
      watch();
      if (cached === null || Date.now() - cached.at > MAX_AGE_MS) {
        const catalogue = read();
        cached = { at: Date.now(), catalogue };
        catalogue.catch(() => {
          cached = null;
        });
      }
      return cached.catalogue;
    },
  };
};
