// Alerts of the file active (R1), filtered by the user's remembered situation: veilles ending
// within X days (open veilles past their planned end included: they need ending) and files
// missing a required characteristic.
import { requiredCharacteristics } from '../../../../domain/characteristic-catalogue';
import { addDays, daysBetween, PERIMETER_PARAMS, type ReportParamDescription } from '@rsa/vocabulary';
import { toIsoDate } from '../sql';
import { FILE_HEADERS, FILE_SORTABLE, REFERENT_HEADERS, fileFields, intParam, perimeterSql, situationSql, sqlFileReport, type ReportDefinition } from './report-sql';

// The remembered situation applies when the run does not name one.
const SITUATION: ReportParamDescription = {
  name: 'situation',
  label: 'Situation',
  kind: 'choice',
  choices: [
    { id: 'file_active', name: 'File active' },
    { id: 'sortis', name: 'Sortis' },
    { id: 'tous', name: 'Tous' },
  ],
};

const HAS_SQL = `EXISTS (SELECT 1 FROM characteristics rq WHERE rq.beneficiary_id = b.id AND rq.until IS NULL AND rq.family = ? AND rq.name = ?
  AND rq.value IS NOT NULL AND rq.value <> '')`;

export const standbysEnding: ReportDefinition = sqlFileReport({
  title: 'Veilles se terminant bientôt',
  fileName: 'veilles-se-terminant',
  params: [{ name: 'days', label: 'Nombre de jours', kind: 'number', defaultValue: '30' }, SITUATION, ...PERIMETER_PARAMS],
  columns: [
    ...FILE_HEADERS,
    { key: 'start', header: 'Début de la veille', type: 'date' },
    { key: 'end', header: 'Fin prévue', type: 'date' },
    { key: 'daysLeft', header: 'Jours restants', type: 'number' },
    { key: 'motif', header: 'Motif', width: 30 },
    ...REFERENT_HEADERS,
  ],
  query(context) {
    const days = intParam(context.params.days, 30, -3650, 3650, 'Le nombre de jours');
    return {
      select: { sql: 's.id AS standby_id, s.start_date, s.end_date, s.motif', bindings: [] },
      joins: [{ sql: 'JOIN standbys s ON s.beneficiary_id = b.id AND s.ended_on IS NULL AND s.end_date IS NOT NULL AND s.end_date <= ?', bindings: [addDays(context.today, days)] }],
      conditions: [situationSql(context.situation, context.today), ...perimeterSql(context.params)],
      orderBy: 's.end_date, b.last_name, b.id, s.id',
      // The days left grow with the planned end.
      sortable: { ...FILE_SORTABLE, start: 's.start_date', end: 's.end_date', daysLeft: 's.end_date', motif: 's.motif' },
    };
  },
  row(r, context) {
    const end = toIsoDate(r.end_date) as string;
    return { id: Number(r.standby_id), ...fileFields(r), start: toIsoDate(r.start_date), end, daysLeft: daysBetween(context.today, end), motif: (r.motif as string) ?? null };
  },
});

export const missingCharacteristics: ReportDefinition = sqlFileReport({
  title: 'Caractéristiques requises manquantes',
  fileName: 'caracteristiques-manquantes',
  params: [SITUATION, ...PERIMETER_PARAMS],
  columns: [...FILE_HEADERS, { key: 'missing', header: 'Caractéristiques manquantes', width: 50 }, ...REFERENT_HEADERS],
  query(context) {
    // With no required characteristic nothing is missing: no row.
    const required = requiredCharacteristics(context.catalogue);
    return {
      select: { sql: required.map((_, i) => `CASE WHEN ${HAS_SQL} THEN 1 ELSE 0 END AS has_${i}`).join(', '), bindings: required.flatMap((d) => [d.family, d.name]) },
      joins: [],
      conditions: [
        situationSql(context.situation, context.today),
        ...perimeterSql(context.params),
        required.length === 0 ? { sql: '1 = 0', bindings: [] } : { sql: `(${required.map(() => `NOT ${HAS_SQL}`).join(' OR ')})`, bindings: required.flatMap((d) => [d.family, d.name]) },
      ],
      orderBy: 'b.last_name, b.first_name, b.id',
      // « Caractéristiques manquantes » is sorted in memory.
      sortable: FILE_SORTABLE,
    };
  },
  row(r, context) {
    const required = requiredCharacteristics(context.catalogue);
    return {
      id: Number(r.beneficiary_id),
      ...fileFields(r),
      missing: required.filter((_, i) => Number(r[`has_${i}`]) === 0).map((d) => `${d.family} / ${d.name}`).join(', '),
    };
  },
});
