// Extension point of the « Rapports » screen (R1–R4, C6, A8): every report of
// /api/console/reports/<name> comes from a provider — file-active's own and those the other
// plugins (cer, appointments) register at their bootstrap — so the catalogue, the list and the
// export dispatch by name, and one rule pages, sorts and audits what a report shows: in memory,
// or by the provider itself (in SQL) when it offers a paged list.
import type { Core } from '@strapi/strapi';
import { ConsoleError, pageOfRows, reportListQuery, type ListQuery, type ReportContext, type ReportFile, type ReportProvider } from '@rsa/console-kit';
import type { ReportDescription } from '@rsa/vocabulary';

/** The page of a report a user is shown, with the query it answers and the report's total. */
export type ReportPage = { query: ListQuery; rows: Array<Record<string, unknown>>; total: number };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const byName = new Map<string, ReportProvider>();

  const providerOf = (name: string): ReportProvider => {
    const provider = byName.get(name);
    if (!provider) throw new ConsoleError(404, `Rapport inconnu : ${name}.`);
    return provider;
  };

  return {
    /** Registered at the providing plugin's bootstrap; a name registered again is replaced (restarts in tests). */
    register(provider: ReportProvider): void {
      for (const name of provider.names) byName.set(name, provider);
    },

    /** Every report this user may run, in the order the providers registered. */
    catalogue(user: Parameters<ReportProvider['catalogue']>[0]): ReportDescription[] {
      return [...new Set(byName.values())].flatMap((provider) => provider.catalogue(user));
    },

    /**
     * The page asked for (`sort` on one of its columns, else the report's own order; every row
     * unless a `range` is given), the files it shows audited as read.
     */
    async show(ctx: ReportContext, list: { sort?: unknown; range?: unknown }): Promise<ReportPage> {
      const provider = providerOf(ctx.name);
      let query: ListQuery;
      let rows: Array<Record<string, unknown>>;
      let total: number;
      if (provider.page && provider.columnKeys) {
        // The provider sorts and pages itself (in SQL): only the rows shown are computed.
        query = reportListQuery({ sort: list.sort, range: list.range }, provider.columnKeys(ctx.name));
        ({ rows, total } = await provider.page(ctx, { sort: query.sort, range: list.range === undefined ? null : query.range }));
        if (list.range === undefined) query.range = { start: 0, end: Math.max(total - 1, 0) };
      } else {
        const all = await provider.list(ctx);
        query = reportListQuery({ sort: list.sort, range: list.range }, all.columnKeys);
        if (list.range === undefined) query.range = { start: 0, end: Math.max(all.rows.length - 1, 0) };
        rows = pageOfRows(all.rows, query);
        total = all.rows.length;
      }
      const files = rows.map((r) => (typeof r.beneficiary === 'number' ? r.beneficiary : null));
      await strapi.plugin('file-active').service('audit').recordMany(ctx.user, `read:report:${ctx.name}`, files);
      return { query, rows, total };
    },

    export: async (ctx: ReportContext): Promise<ReportFile> => providerOf(ctx.name).export(ctx),
  };
};
