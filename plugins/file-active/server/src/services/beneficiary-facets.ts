// The facets of the beneficiary list (F2) checked before the query runs: unknown codes → 422 with
// the domain's French message (domain/beneficiary-facets.ts), a saved selection turned into its
// files, and the extension point other modules use to add their facets (prescripteur, étapes).
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { ANNEX_FACET_KINDS, checkBeneficiaryFacets, referentIdsOf, type AnnexFacetKind } from '../../../domain/beneficiary-facets';
import { registerFacetSql, type FacetSql } from './beneficiary-filters';
import { placeholders, rowsOf, type Knex } from './sql';

/** A facet another module adds: its filter key, its check (a French message when refused) and its SQL. */
export type FacetExtension = {
  key: string;
  check?: (value: unknown, user: ConsoleUser) => Promise<string | null> | string | null;
  sql: FacetSql;
};

const present = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const extensions = new Map<string, FacetExtension>();

  const codes = async (sql: string, bindings: unknown[] = []): Promise<Set<string>> =>
    new Set(rowsOf<{ code: string }>(await knex().raw(sql, bindings)).map((r) => String(r.code)));

  return {
    /** Adds a facet (call it from the other plugin's register or bootstrap). */
    register(extension: FacetExtension): void {
      extensions.set(extension.key, extension);
      registerFacetSql(extension.key, extension.sql);
    },

    /**
     * The filter as the list query takes it: every criterion checked against the CMS (422 when
     * it names something unknown), `selection` (a saved selection of the caller) replaced by its
     * files. Only what the filter names is looked up.
     */
    async prepare(user: ConsoleUser, filter: Record<string, unknown>): Promise<Record<string, unknown>> {
      const annexKinds = new Set<AnnexFacetKind>();
      for (const a of Array.isArray(filter.annex) ? filter.annex : present(filter.annex) ? [filter.annex] : []) {
        const kind = (a as { kind?: unknown } | null)?.kind;
        if (typeof kind === 'string' && (ANNEX_FACET_KINDS as readonly string[]).includes(kind)) annexKinds.add(kind as AnnexFacetKind);
      }
      const referentIds = referentIdsOf(filter);
      const annexCodes = Object.fromEntries(ANNEX_FACET_KINDS.map((k) => [k, new Set<string>()])) as Record<AnnexFacetKind, Set<string>>;
      for (const kind of annexKinds) annexCodes[kind] = await codes('SELECT code FROM reference_items WHERE list = ?', [kind]);
      const check = checkBeneficiaryFacets(filter, {
        catalogue: present(filter.characteristic) ? await strapi.plugin('file-active').service('characteristic-catalogue').load() : [],
        territories: present(filter.territory) ? await codes('SELECT code FROM territories') : new Set(),
        communes: present(filter.commune) ? await codes('SELECT insee_code AS code FROM communes') : new Set(),
        annexCodes,
        collaborators: new Set(
          referentIds.length
            ? rowsOf<{ id: number }>(await knex().raw(`SELECT id FROM console_users WHERE id IN (${placeholders(referentIds)})`, referentIds)).map((r) => Number(r.id))
            : [],
        ),
      });
      if (!check.ok) throw new ConsoleError(422, check.message, { field: check.field });
      for (const [key, extension] of extensions) {
        if (!present(filter[key]) || !extension.check) continue;
        const message = await extension.check(filter[key], user);
        if (message) throw new ConsoleError(422, message, { field: key });
      }
      if (!present(filter.selection)) return filter;
      const ids: number[] = await strapi.plugin('file-active').service('file-selections').ids(user, Number(filter.selection));
      const asked = Array.isArray(filter.id) ? new Set(filter.id.map(Number)) : null;
      const { selection: _selection, ...rest } = filter;
      return { ...rest, id: asked ? ids.filter((id) => asked.has(id)) : ids };
    },
  };
};
