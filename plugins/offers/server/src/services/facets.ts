// The beneficiary list's facets of the offers module (FEATURES F2), added through file-active's
// `beneficiary-facets` registry: « Prescripteur » (the collaborator who positioned the person on
// an offer: `prescripteurId`, a console user id) and « Étape en cours » (`etapeOffer`, offer ids:
// an étape of that offer in progress today). "In progress" is the perimeter's own rule,
// etapeGrantsAccess, through its SQL statement etapeGrantsAccessSql — pinned to it by
// test/integration/file-active-perimeter.test.ts — so no rule is restated here.
import type { Core } from '@strapi/strapi';
import { placeholders, rowsOf, type Knex } from './sql';

type Fragment = { sql: string; bindings: unknown[] };
type FacetRegistry = { register(extension: { key: string; check?: (value: unknown) => Promise<string | null>; sql: (value: unknown, today: string) => Fragment | null }): void };

const idsOf = (value: unknown): number[] => (Array.isArray(value) ? value : [value]).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const asked = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

export const registerOffersFacets = (strapi: Core.Strapi): void => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const registry = strapi.plugin('file-active')?.service('beneficiary-facets') as FacetRegistry | undefined;
  if (!registry) return;
  const scope = () => strapi.plugin('file-active').service('scope') as { etapeGrantsAccessSql(alias: string, today: string): Fragment };

  /** The ids asked that are not in `table`: a French message naming the first, or null. */
  const unknownIn = async (table: string, value: unknown, message: (id: string) => string): Promise<string | null> => {
    const ids = idsOf(value);
    if (ids.length !== asked(value).length) return message(String(asked(value).find((v) => !idsOf(v).length)));
    const found = new Set(rowsOf<{ id: unknown }>(await knex().raw(`SELECT id FROM ${table} WHERE id IN (${placeholders(ids)})`, ids)).map((r) => Number(r.id)));
    const missing = ids.find((id) => !found.has(id));
    return missing === undefined ? null : message(String(missing));
  };

  registry.register({
    key: 'prescripteurId',
    check: (value) => unknownIn('console_users', value, (id) => `Prescripteur inconnu : ${id}.`),
    sql: (value) => {
      const ids = idsOf(value);
      if (ids.length === 0) return null;
      return {
        sql: `EXISTS (SELECT 1 FROM positionnements fp JOIN console_users fu ON fu.login = fp.created_by_login WHERE fp.beneficiary_id = b.id AND fu.id IN (${placeholders(ids)}))`,
        bindings: ids,
      };
    },
  });

  registry.register({
    key: 'etapeOffer',
    check: (value) => unknownIn('offers', value, (id) => `Offre inconnue : ${id}.`),
    sql: (value, today) => {
      const ids = idsOf(value);
      if (ids.length === 0) return null;
      const inProgress = scope().etapeGrantsAccessSql('fe', today);
      return {
        sql: `EXISTS (SELECT 1 FROM positionnements fe WHERE fe.beneficiary_id = b.id AND fe.offer_id IN (${placeholders(ids)}) AND ${inProgress.sql})`,
        bindings: [...ids, ...inProgress.bindings],
      };
    },
  });
};
