// Structures and territories are CMS content (api::structure, api::territory) that functional
// admins edit; a collaborator refers to them by code (the column every perimeter query joins on),
// checked against the CMS tables with the one list rule: an unknown or deactivated code is refused
// (422, exit 2 for users:upsert), a name or a code in any case is turned into the code. Names are
// never copied onto the collaborator: screens read them from the CMS, so a rename shows everywhere.
import type { Core } from '@strapi/strapi';
import { ConsoleError, checkListChoice, type ListItem } from '@rsa/console-kit';

type StructureRow = { code: string; name: string; active: boolean | null; territory: { code: string } | null };
type TerritoryRow = { code: string; name: string; active: boolean | null };

// Listed as "CODE (Nom)" so that a refusal names the codes a command line expects.
const itemOf = (r: { code: string; name: string; active: boolean | null }): ListItem => ({
  code: r.code,
  label: `${r.code} (${r.name})`,
  aliases: [r.name],
  active: r.active !== false,
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The structure a code (or name) designates, with its territory. */
  async requireStructure(value: string): Promise<{ code: string; territoryCode: string | null }> {
    const rows = (await strapi.db.query('api::structure.structure' as never).findMany({
      select: ['code', 'name', 'active'],
      populate: { territory: { select: ['code'] } },
    } as never)) as unknown as StructureRow[];
    const choice = checkListChoice('Structure', rows.map(itemOf), value);
    if (!choice.ok) throw new ConsoleError(422, `Structure refusée : ${choice.message}`, { field: 'structure' });
    return { code: choice.item.code, territoryCode: rows.find((r) => r.code === choice.item.code)?.territory?.code ?? null };
  },

  async requireTerritory(value: string): Promise<string> {
    const rows = (await strapi.db.query('api::territory.territory' as never).findMany({ select: ['code', 'name', 'active'] } as never)) as unknown as TerritoryRow[];
    const choice = checkListChoice('Territoire', rows.map(itemOf), value);
    if (!choice.ok) throw new ConsoleError(422, `Territoire refusé : ${choice.message}`, { field: 'territory' });
    return choice.item.code;
  },
});
