// Reports of the file active (R3, guide "EDITION DE RAPPORTS"), live and scoped: sorties de file
// active – structure, file active DTAS / référent, dossiers NSDD, demandes de MIDEM, fins
// d'accompagnement à solliciter car droit clos, mutations.
import { ConsoleError } from '@rsa/console-kit';
import { PERIMETER_PARAMS, type ReportParamDescription } from '@rsa/vocabulary';
import { MIDEM_REQUEST_STATUS_LABELS } from '../../../../domain/midem';
import { characteristicValueLabel, findCharacteristic } from '../../../../domain/characteristic-catalogue';
import { exitCandidateCutoff } from '../../../../domain/reports/exit-candidates';
import { DEFAULT_DEPARTMENT_CODE, MUTATION_LABELS, type MutationKind } from '../../../../domain/reports/mutation';
import { defaultReportPeriod, validateReportPeriod } from '../../../../domain/reports/report-period';
import { CLOSED_RIGHTS_VALUES, NOT_SUBJECT_VALUES } from '../../../../domain/reports/rights-selectors';
import { MIDEM_FAMILY, MIDEM_FEED_DATE, MIDEM_REQUEST_DATE, MIDEM_REQUEST_MOTIF, midemRequestOf } from '../file-summary';
import { fileMutationSql, inValuesSql, midemRequestStatusSql, rawValuesFoldingTo, toIsoDate, type SqlFragment } from '../sql';
import { FILE_HEADERS, FILE_SORTABLE, REFERENT_HEADERS, inForceSql, fileFields, perimeterSql, sqlFileReport, type ReportContext, type ReportDefinition } from './report-sql';

const PERIOD_FROM: ReportParamDescription = { name: 'from', label: 'Du', kind: 'date' };
const PERIOD_TO: ReportParamDescription = { name: 'to', label: 'Au', kind: 'date' };
const MIDEM_STATUS: ReportParamDescription = {
  name: 'status',
  label: 'État de la demande',
  kind: 'choice',
  choices: (['en_attente', 'traitee'] as const).map((id) => ({ id, name: MIDEM_REQUEST_STATUS_LABELS[id] })),
};


/** Current value of one characteristic of `b`, as a column. */
const characteristicColumn = (alias: string, family: string, name: string): SqlFragment => ({
  sql: `(SELECT ${alias}.value FROM characteristics ${alias} WHERE ${alias}.beneficiary_id = b.id AND ${alias}.until IS NULL AND ${alias}.family = ? AND ${alias}.name = ? ORDER BY ${alias}.id DESC LIMIT 1)`,
  bindings: [family, name],
});

const NONE: SqlFragment = { sql: '', bindings: [] };

const columns = (...parts: Array<[SqlFragment, string]>): SqlFragment => ({
  sql: parts.map(([p, as]) => `${p.sql} AS ${as}`).join(', '),
  bindings: parts.flatMap(([p]) => p.bindings),
});

export const caseloadExits: ReportDefinition = sqlFileReport({
  title: 'Sorties de file active – structure',
  fileName: 'sorties-de-file-active',
  params: [...PERIMETER_PARAMS],
  columns: [
    ...REFERENT_HEADERS,
    ...FILE_HEADERS,
    { key: 'updatedFromGenesisOn', header: 'Date actualisation dossier', type: 'date' },
    { key: 'referentStart', header: 'Début de l’affectation', type: 'date' },
    { key: 'referentEnd', header: 'Fin d’affectation', type: 'date' },
  ],
  query: (context) => ({
    select: NONE,
    joins: [],
    conditions: [
      inForceSql(context.today),
      { sql: '(b.updated_from_genesis_on IS NULL OR b.updated_from_genesis_on < ?)', bindings: [exitCandidateCutoff(context.today)] },
      ...perimeterSql(context.params),
    ],
    orderBy: 'ru.structure_code, ru.name, b.last_name, b.id',
    sortable: FILE_SORTABLE,
  }),
  row: (r) => ({ id: Number(r.beneficiary_id), ...fileFields(r) }),
});

export const fileActive: ReportDefinition = sqlFileReport({
  title: 'File active – entrées',
  fileName: 'file-active-entrees',
  params: [PERIOD_FROM, PERIOD_TO, ...PERIMETER_PARAMS],
  columns: [
    { key: 'structure', header: 'Structure référent', width: 18 },
    { key: 'referent', header: 'Référent', width: 22 },
    { key: 'start', header: 'Début de l’affectation', type: 'date' },
    { key: 'cafNumber', header: 'Numéro CAF' },
    ...FILE_HEADERS,
    { key: 'territory', header: 'DTAS' },
  ],
  query(context) {
    const defaults = defaultReportPeriod(context.today);
    const period = validateReportPeriod({ from: context.params.from || defaults.from, to: context.params.to || defaults.to });
    if (!period.ok) throw new ConsoleError(422, period.message);
    return {
      select: { sql: 'ea.id AS entry_id, ea.login AS entry_login, ea.start_date AS entry_start, eu.name AS entry_name, eu.structure_code AS entry_structure', bindings: [] },
      joins: [
        { sql: "JOIN assignments ea ON ea.beneficiary_id = b.id AND ea.role = 'parcours' AND ea.start_date >= ? AND ea.start_date <= ?", bindings: [period.period.from, period.period.to] },
        { sql: 'LEFT JOIN console_users eu ON eu.login = ea.login', bindings: [] },
      ],
      // The référent and structure of the entry itself, not the file's current ones.
      conditions: perimeterSql(context.params, 'ea', 'eu'),
      orderBy: 'eu.structure_code, eu.name, ea.start_date, b.last_name, b.id, ea.id',
      sortable: { ...FILE_SORTABLE, structure: 'eu.structure_code', referent: 'COALESCE(eu.name, ea.login)', start: 'ea.start_date' },
    };
  },
  row: (r) => ({
    id: Number(r.entry_id),
    ...fileFields(r),
    structure: (r.entry_structure as string) ?? null,
    referent: (r.entry_name as string) ?? (r.entry_login as string),
    referentLogin: r.entry_login as string,
    start: toIsoDate(r.entry_start),
  }),
});

type CharacteristicKey = { family: string; name: string };
const SDD_NSDD: CharacteristicKey = { family: 'Situation RSA', name: 'SDD_NSDD' };
const RIGHTS_STATE: CharacteristicKey = { family: 'Situation RSA', name: 'Etat du droit' };

/** Joins as `alias` each current `key` characteristic of `b` (a row per value the file has). */
const currentCharacteristicJoin = (alias: string, key: CharacteristicKey): SqlFragment => ({
  sql: `JOIN characteristics ${alias} ON ${alias}.beneficiary_id = b.id AND ${alias}.until IS NULL AND ${alias}.family = ? AND ${alias}.name = ?`,
  bindings: [key.family, key.name],
});

/**
 * The characteristic joined as `alias` is one of the selector's folded values (rights-selectors):
 * its raw value is one of the stored ones folding to them (rawValuesFoldingTo), so the rule that
 * runs is foldForSearch itself and no row is folded in SQL.
 */
const currentValueSelectedSql = async (context: ReportContext, alias: string, key: CharacteristicKey, selector: readonly string[]): Promise<SqlFragment> =>
  inValuesSql(`${alias}.value`, await rawValuesFoldingTo(context.knex, key.family, key.name, selector));

export const nsdd: ReportDefinition = sqlFileReport({
  title: 'Dossiers NSDD',
  fileName: 'dossiers-nsdd',
  params: [...PERIMETER_PARAMS],
  columns: [...REFERENT_HEADERS, ...FILE_HEADERS, { key: 'sddNsdd', header: 'SDD / NSDD', width: 30 }],
  query: async (context) => ({
    select: NONE,
    joins: [currentCharacteristicJoin('ns', SDD_NSDD)],
    conditions: [inForceSql(context.today), await currentValueSelectedSql(context, 'ns', SDD_NSDD, NOT_SUBJECT_VALUES), ...perimeterSql(context.params)],
    // One row per current SDD_NSDD characteristic, as many as the file has.
    orderBy: 'ru.structure_code, ru.name, b.last_name, b.id, ns.id',
    sortable: { ...FILE_SORTABLE, sddNsdd: 'same on every row' },
  }),
  row: (r) => ({ id: Number(r.beneficiary_id), ...fileFields(r), sddNsdd: 'Non soumis aux droits et devoirs' }),
});

const midemRequested = characteristicColumn('mr', MIDEM_FAMILY, MIDEM_REQUEST_DATE);
const midemMotif = characteristicColumn('mm', MIDEM_FAMILY, MIDEM_REQUEST_MOTIF);
const midemFed = characteristicColumn('md', MIDEM_FAMILY, MIDEM_FEED_DATE);
const midemStatus = midemRequestStatusSql(midemRequested, midemFed);
const isoDate = (e: SqlFragment): SqlFragment => ({ sql: `NULLIF(SUBSTR(${e.sql}, 1, 10), '')`, bindings: e.bindings });
// midemRequestOf: no request at all without a request date nor a motif (then no date MIDEM, no label).
const midemNoRequest: SqlFragment = { sql: `(${isoDate(midemRequested).sql} IS NULL AND ${midemMotif.sql} IS NULL)`, bindings: [...midemRequested.bindings, ...midemMotif.bindings] };
const unlessNoRequest = (e: SqlFragment): SqlFragment => ({ sql: `CASE WHEN ${midemNoRequest.sql} THEN NULL ELSE ${e.sql} END`, bindings: [...midemNoRequest.bindings, ...e.bindings] });
const midemStatusLabel: SqlFragment = unlessNoRequest({
  sql: `CASE ${midemStatus.sql} ${Object.keys(MIDEM_REQUEST_STATUS_LABELS).map(() => 'WHEN ? THEN ?').join(' ')} END`,
  bindings: [...midemStatus.bindings, ...Object.entries(MIDEM_REQUEST_STATUS_LABELS).flat()],
});

export const midemRequests: ReportDefinition = sqlFileReport({
  title: 'Demandes de MIDEM',
  fileName: 'demandes-de-midem',
  params: [MIDEM_STATUS, ...PERIMETER_PARAMS],
  columns: [
    ...REFERENT_HEADERS,
    ...FILE_HEADERS,
    { key: 'motif', header: 'Motif demande de MIDEM', width: 40 },
    { key: 'requestedOn', header: 'Date demande de MIDEM', type: 'date' },
    { key: 'midemOn', header: 'Date MIDEM', type: 'date' },
    { key: 'statusLabel', header: 'État de la demande', width: 20 },
  ],
  query(context) {
    const wanted = context.params.status;
    return {
      select: columns(
        [midemRequested, 'requested_on'],
        [midemMotif, 'motif'],
        [midemFed, 'midem_on'],
        // The latest request first; files without a request date last.
        [{ sql: `COALESCE(SUBSTR(${midemRequested.sql}, 1, 10), '')`, bindings: midemRequested.bindings }, 'requested_order'],
      ),
      joins: [],
      conditions: [
        { sql: `EXISTS (SELECT 1 FROM characteristics mx WHERE mx.beneficiary_id = b.id AND mx.until IS NULL AND mx.family = ? AND mx.name = ?)`, bindings: [MIDEM_FAMILY, MIDEM_REQUEST_DATE] },
        ...perimeterSql(context.params),
        // The state asked for (any other value matches no request, as before).
        ...(wanted ? [{ sql: `${midemStatus.sql} = ?`, bindings: [...midemStatus.bindings, wanted] }] : []),
      ],
      orderBy: 'requested_order DESC, b.last_name, b.first_name, b.id',
      sortable: {
        ...FILE_SORTABLE,
        motif: midemMotif,
        requestedOn: isoDate(midemRequested),
        midemOn: unlessNoRequest(isoDate(midemFed)),
        statusLabel: midemStatusLabel,
      },
    };
  },
  row(r) {
    const request = midemRequestOf([
      { family: MIDEM_FAMILY, name: MIDEM_REQUEST_DATE, value: toIsoDate(r.requested_on) },
      { family: MIDEM_FAMILY, name: MIDEM_REQUEST_MOTIF, value: (r.motif as string) ?? null },
      { family: MIDEM_FAMILY, name: MIDEM_FEED_DATE, value: toIsoDate(r.midem_on) },
    ]);
    return { id: Number(r.beneficiary_id), ...fileFields(r), motif: request?.motif ?? null, requestedOn: request?.requestedOn ?? null, midemOn: request?.midemOn ?? null, status: request?.status ?? 'aucune', statusLabel: request?.statusLabel ?? null };
  },
});

/** The label shown for the current « Etat du droit » `ed` (characteristicValueLabel), in SQL. */
const rightsStateLabelSql = (context: ReportContext): SqlFragment => {
  const definition = findCharacteristic(context.catalogue, RIGHTS_STATE.family, RIGHTS_STATE.name);
  const items = definition?.type === 'list' ? definition.values : [];
  // characteristicValueLabel takes the first item of a code.
  const labels = items.filter((i, k) => items.findIndex((j) => j.code === i.code) === k).map((i) => [i.code, i.label]);
  if (labels.length === 0) return { sql: 'ed.value', bindings: [] };
  return { sql: `CASE ed.value ${labels.map(() => 'WHEN ? THEN ?').join(' ')} ELSE ed.value END`, bindings: labels.flat() };
};

const nonEmpty = (e: SqlFragment): SqlFragment => ({ sql: `NULLIF(${e.sql}, '')`, bindings: e.bindings });

export const closedRights: ReportDefinition = sqlFileReport({
  title: 'Fins d’accompagnement à solliciter car droit clos',
  fileName: 'droits-clos',
  params: [...PERIMETER_PARAMS],
  columns: [
    ...REFERENT_HEADERS,
    ...FILE_HEADERS,
    { key: 'rightsState', header: 'État du droit', width: 26 },
    { key: 'rightsStateOn', header: 'Date état du droit', type: 'date' },
    { key: 'closureMotif', header: 'Motif de clôture', width: 30 },
  ],
  query: async (context) => ({
    select: columns(
      [characteristicColumn('cd', 'Situation RSA', 'Date état du droit'), 'rights_on'],
      [characteristicColumn('cm', 'Situation RSA', 'Motif de clôture'), 'closure_motif'],
      [{ sql: 'ed.value', bindings: [] }, 'rights_value'],
    ),
    joins: [currentCharacteristicJoin('ed', RIGHTS_STATE)],
    conditions: [inForceSql(context.today), await currentValueSelectedSql(context, 'ed', RIGHTS_STATE, CLOSED_RIGHTS_VALUES), ...perimeterSql(context.params)],
    // One row per current « Etat du droit », as many as the file has.
    orderBy: 'ru.structure_code, ru.name, b.last_name, b.id, ed.id',
    sortable: {
      ...FILE_SORTABLE,
      rightsState: rightsStateLabelSql(context),
      rightsStateOn: nonEmpty(characteristicColumn('scd', 'Situation RSA', 'Date état du droit')),
      closureMotif: characteristicColumn('scm', 'Situation RSA', 'Motif de clôture'),
    },
  }),
  row: (r, context) => ({
    id: Number(r.beneficiary_id),
    ...fileFields(r),
    rightsState: characteristicValueLabel(context.catalogue, RIGHTS_STATE.family, RIGHTS_STATE.name, String(r.rights_value)),
    rightsStateOn: toIsoDate(r.rights_on),
    closureMotif: (r.closure_motif as string) ?? null,
  }),
});

export const mutations: ReportDefinition = sqlFileReport({
  title: 'Mutations',
  fileName: 'mutations',
  params: [...PERIMETER_PARAMS],
  columns: [
    ...REFERENT_HEADERS,
    ...FILE_HEADERS,
    { key: 'city', header: 'Commune', width: 20 },
    { key: 'inseeCode', header: 'Code INSEE' },
    { key: 'territory', header: 'DTAS du dossier' },
    { key: 'communeTerritory', header: 'DTAS de la commune' },
    { key: 'mutationLabel', header: 'Mutation', width: 40 },
  ],
  query(context) {
    const communeTerritory = context.communeTerritorySql('b.insee_code');
    const mutation = fileMutationSql('b.insee_code', 'b.territory_code', communeTerritory, process.env.DEPARTEMENT_CODE ?? DEFAULT_DEPARTMENT_CODE);
    const labels = Object.entries(MUTATION_LABELS);
    return {
      select: columns([communeTerritory, 'commune_territory'], [mutation, 'mutation']),
      joins: [],
      conditions: [inForceSql(context.today), { sql: 'b.insee_code IS NOT NULL', bindings: [] }, ...perimeterSql(context.params), { sql: `${mutation.sql} IS NOT NULL`, bindings: mutation.bindings }],
      orderBy: 'b.last_name, b.first_name, b.id',
      sortable: {
        ...FILE_SORTABLE,
        communeTerritory,
        mutationLabel: { sql: `CASE ${mutation.sql} ${labels.map(() => 'WHEN ? THEN ?').join(' ')} END`, bindings: [...mutation.bindings, ...labels.flat()] },
      },
    };
  },
  row(r) {
    const kind = r.mutation as MutationKind;
    return { id: Number(r.beneficiary_id), ...fileFields(r), city: (r.city as string) ?? null, inseeCode: String(r.insee_code), communeTerritory: (r.commune_territory as string) ?? null, mutation: kind, mutationLabel: MUTATION_LABELS[kind] };
  },
});
