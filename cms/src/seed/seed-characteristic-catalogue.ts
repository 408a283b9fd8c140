// Seeds the characteristics catalogue when its table is empty (a new database, or one that
// predates the catalogue in the CMS). Afterwards it belongs to the functional admins: a restart
// never overwrites their edits.
import type { Core } from '@strapi/strapi';
import { CHARACTERISTIC_CATALOGUE } from './characteristic-catalogue';

const FAMILY = 'api::characteristic-family.characteristic-family';
const DEFINITION = 'api::characteristic-definition.characteristic-definition';

export const seedCharacteristicCatalogue = async (strapi: Core.Strapi): Promise<void> => {
  if ((await strapi.db.query(DEFINITION).count()) > 0) return;
  strapi.log.info('Catalogue des caractéristiques : initialisation.');
  const families = [...new Set(CHARACTERISTIC_CATALOGUE.map((d) => d.family))];
  const familyIds = new Map<string, string>();
  for (const [position, name] of families.entries()) {
    const existing = (await strapi.documents(FAMILY).findFirst({ filters: { name } })) as { documentId: string } | null;
    const family = existing ?? ((await strapi.documents(FAMILY).create({ data: { name, position } as never })) as { documentId: string });
    familyIds.set(name, family.documentId);
  }
  // The document service writes the repeatable component (the list values) with its owner.
  for (const [position, d] of CHARACTERISTIC_CATALOGUE.entries()) {
    const values =
      d.type === 'list'
        ? d.values.map((v) => ({ code: v.code, label: v.label, aliases: (v.aliases ?? []).join('\n') || null, active: true }))
        : [];
    await strapi.documents(DEFINITION).create({
      data: { family: familyIds.get(d.family), name: d.name, type: d.type, source: d.source, required: d.required, position, values } as never,
    });
  }
};
