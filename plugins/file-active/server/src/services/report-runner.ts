// Runs the file-active reports live on the user's perimeter (R1, R3, R4) and exports them to
// Excel (escaped cells, French dates); every export is written to the audit trail, one entry per
// file it contains.
import type { Core } from '@strapi/strapi';
import { ConsoleError, pageOfRows, reportWorkbook, sortRows, todayInParis, type ConsoleUser, type ReportPageQuery, type ReportPageRows, type ReportProvider } from '@rsa/console-kit';
import { reportExportFileName, type CalendarDate, type ReportDescription } from '@rsa/vocabulary';
import { defaultReportPeriod, withPeriodDefaults } from '../../../domain/reports/report-period';
import { SITUATIONS, type Situation } from './preferences';
import { ALERTS, REPORTS, type ReportContext, type ReportDefinition, type ReportRow } from './reports/index';
import type { Knex, SqlFragment } from './sql';

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

const READ_PROFILES = ['referent', 'referent_fse', 'secretariat', 'secretariat_structure', 'cadre', 'siege'];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;

  /**
   * The territory code of the CMS commune whose INSEE code is `inseeCode` (the relation's join
   * table), NULL when the commune is unknown.
   */
  const communeTerritorySql = (inseeCode: string): SqlFragment => {
    const meta = strapi.db.metadata.get('api::commune.commune' as never) as unknown as { attributes: Record<string, { joinTable?: JoinTable }> };
    const join = meta.attributes.territory?.joinTable;
    if (!join) return { sql: 'NULL', bindings: [] };
    return {
      sql: `(SELECT ct.code FROM communes cc JOIN ${join.name} cj ON cj.${join.joinColumn.name} = cc.id JOIN territories ct ON ct.id = cj.${join.inverseJoinColumn.name}
  WHERE cc.insee_code = ${inseeCode} ORDER BY cc.id DESC, ct.id DESC LIMIT 1)`,
      bindings: [],
    };
  };

  const mayRead = (user: ConsoleUser) => user.profiles.some((p) => READ_PROFILES.includes(p));

  const definitionOf = (name: string): ReportDefinition => {
    const definition = REPORTS[name];
    if (!definition) throw new ConsoleError(404, `Rapport inconnu : ${name}.`);
    return definition;
  };

  /** The checks of a run (right, situation, parameters) and the context its SQL runs in. */
  const contextOf = async (user: ConsoleUser, name: string, params: Record<string, string>): Promise<{ definition: ReportDefinition; context: ReportContext }> => {
    const definition = definitionOf(name);
    if (!mayRead(user)) throw new ConsoleError(403, 'Les rapports de la file active ne sont pas ouverts à votre profil.');
    let situation: Situation = 'tous';
    if (ALERTS.has(name)) {
      const requested = params.situation as Situation | undefined;
      if (requested !== undefined && !SITUATIONS.includes(requested)) throw new ConsoleError(422, 'Situation inconnue : file active, sortis ou tous.');
      situation = requested ?? (await strapi.plugin('file-active').service('preferences').alertFilter(user)).situation;
    }
    const catalogue = await strapi.plugin('file-active').service('characteristic-catalogue').load();
    return { definition, context: { knex: knex(), catalogue, user, today: todayInParis(), params, situation, communeTerritorySql } };
  };

  const run = async (user: ConsoleUser, name: string, params: Record<string, string>): Promise<{ definition: ReportDefinition; rows: ReportRow[] }> => {
    const { definition, context } = await contextOf(user, name, params);
    return { definition, rows: await definition.run(context) };
  };

  /** The page asked for: sorted and paged in SQL by the reports that can, else in memory. */
  const page = async (user: ConsoleUser, name: string, params: Record<string, string>, query: ReportPageQuery): Promise<ReportPageRows> => {
    const { definition, context } = await contextOf(user, name, params);
    if (definition.page) return definition.page(context, query);
    const rows = await definition.run(context);
    const shown = query.range ? pageOfRows(rows, { sort: query.sort, range: query.range, filter: {} }) : sortRows(rows, query.sort);
    return { rows: shown, total: rows.length };
  };

  /** The reports this user may run, as the console builds its screen from them. */
  const catalogue = (user: ConsoleUser): ReportDescription[] => {
    if (!mayRead(user)) return [];
    return Object.entries(REPORTS).map(([id, d]) => ({
      id,
      title: d.title,
      group: ALERTS.has(id) ? 'Alertes' : 'File active',
      fileName: d.fileName,
      // « File active – entrées » runs on the last 7 days when no period is given: shown in the form.
      params: withPeriodDefaults(d.params, defaultReportPeriod(todayInParis() as CalendarDate)),
      columns: d.columns.map((c) => ({ key: c.key, header: c.header, type: c.type })),
    }));
  };

  const columnKeys = (name: string): string[] => definitionOf(name).columns.map((c) => c.key);

  const exportWorkbook = async (user: ConsoleUser, name: string, params: Record<string, string>): Promise<{ filename: string; buffer: Buffer }> => {
    const { definition, rows } = await run(user, name, params);
    const buffer = await reportWorkbook<ReportRow>(
      definition.title,
      definition.columns.map((c) => ({ header: c.header, type: c.type, width: c.width, value: (row: ReportRow) => row[c.key] ?? null })),
      rows,
    );
    await strapi.plugin('file-active').service('audit').recordMany(user, `export:report:${name}`, rows.map((r) => r.beneficiary));
    return { filename: reportExportFileName(definition.fileName, todayInParis()), buffer };
  };

  /** This plugin's reports and alerts as the report registry serves them (registered at bootstrap). */
  const provider: ReportProvider = {
    names: Object.keys(REPORTS),
    catalogue,
    list: async ({ user, name, params }) => ({ rows: (await run(user, name, params)).rows, columnKeys: columnKeys(name) }),
    columnKeys,
    page: ({ user, name, params }, query) => page(user, name, params, query),
    export: ({ user, name, params }) => exportWorkbook(user, name, params),
  };

  return { run, provider, communeTerritorySql };
};
