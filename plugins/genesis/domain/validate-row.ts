import { parseFrenchDate } from '@rsa/vocabulary';
import {
  CIVILITY_LABELS,
  FAMILY_SITUATION_LABELS,
  ORGANISATION_LABELS,
  ORIENTATION_LABELS,
  RIGHTS_STATE_LABELS,
  ROLE_LABELS,
  SDD_LABELS,
  SEX_LABELS,
  codesOf,
} from '@rsa/vocabulary';
import { feedColumn, type FeedColumnName, type RawValues } from './feed-columns';
import type { FeedError, FeedRow, RawRow } from './feed-row';

export type RowValidation = { ok: true; row: FeedRow } | { ok: false; errors: FeedError[] };

const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

/**
 * Checks one row against the contract and turns it into a `FeedRow`. Every problem of the row is
 * reported (not only the first), so that Genesis can fix them all in one go.
 */
export const validateRow = (raw: RawValues, line: number): RowValidation => {
  const errors: FeedError[] = [];
  const fail = (column: FeedColumnName, message: string): null => {
    errors.push({ line, column, message });
    return null;
  };

  /** Trimmed, checked value of one column; null when empty or wrong (the error is recorded). */
  const read = (name: FeedColumnName): string | null => {
    const column = feedColumn(name);
    const value = raw[name]?.trim() ?? '';
    if (value === '') return column.required ? fail(name, 'Valeur obligatoire manquante') : null;
    switch (column.kind) {
      case 'text':
        return value;
      case 'insee':
        return INSEE_CODE.test(value)
          ? value
          : fail(name, `Code INSEE invalide : ${value} (attendu : 5 caractères, par exemple 07186)`);
      case 'code':
        return column.codes.includes(value)
          ? value
          : fail(name, `Code inconnu : ${value} (attendu : ${column.codes.join(', ')})`);
      case 'date': {
        const date = parseFrenchDate(value);
        if (date.ok) return date.iso;
        return date.reason === 'impossible'
          ? fail(name, `Date impossible : ${value}`)
          : fail(name, `Date invalide : ${value} (attendu : jj/mm/aaaa)`);
      }
    }
  };

  // A required column that failed yields '' or the first code: placeholders that never leave
  // this function, because any recorded error returns the errors instead of the row.
  const required = (name: FeedColumnName): string => read(name) ?? '';
  const optional = read;
  const requiredCode = <T extends string>(name: FeedColumnName, codes: readonly T[]): T => {
    const value = read(name);
    return codes.find((code) => code === value) ?? codes[0];
  };
  const optionalCode = <T extends string>(name: FeedColumnName, codes: readonly T[]): T | null => {
    const value = read(name);
    return codes.find((code) => code === value) ?? null;
  };

  const row: FeedRow = {
    genesisId: required('ID_INDIVIDU'),
    householdNumber: required('NUM_FOYER'),
    role: requiredCode('ROLE', codesOf(ROLE_LABELS)),
    organisation: requiredCode('ORGANISME', codesOf(ORGANISATION_LABELS)),
    cafNumber: required('MATRICULE'),
    civility: optionalCode('CIVILITE', codesOf(CIVILITY_LABELS)),
    lastName: required('NOM'),
    birthName: optional('NOM_NAISSANCE'),
    firstName: required('PRENOM'),
    birthDate: required('DATE_NAISSANCE'),
    sex: optionalCode('SEXE', codesOf(SEX_LABELS)),
    address: {
      line1: optional('ADRESSE_LIGNE1'),
      line2: optional('ADRESSE_LIGNE2'),
      postalCode: optional('CODE_POSTAL'),
      city: optional('COMMUNE'),
      inseeCode: required('CODE_INSEE'),
    },
    phone: optional('TELEPHONE'),
    email: optional('EMAIL'),
    familySituation: optionalCode('SITUATION_FAMILIALE', codesOf(FAMILY_SITUATION_LABELS)),
    familySituationDate: optional('DATE_SITUATION_FAMILIALE'),
    rightsState: requiredCode('ETAT_DROIT', codesOf(RIGHTS_STATE_LABELS)),
    rightsStateDate: required('DATE_ETAT_DROIT'),
    closureReason: optional('MOTIF_CLOTURE'),
    paymentSuspendedOn: optional('DATE_SUSPENSION_VERSEMENT'),
    sdd: requiredCode('SDD', codesOf(SDD_LABELS)),
    orientation: optionalCode('ORIENTATION', codesOf(ORIENTATION_LABELS)),
    employmentContract: optional('NATURE_CONTRAT_TRAVAIL'),
    firstSupportDate: optional('DATE_PREMIER_ACCOMPAGNEMENT'),
    territory: required('DTAS'),
    referentLogin: required('REFERENT_ID'),
    referentName: required('REFERENT_NOM'),
    referentStructure: required('REFERENT_STRUCTURE'),
    referentDesignatedOn: required('DATE_DESIGNATION_REFERENT'),
    midemDate: optional('DATE_MIDEM'),
    midemReason: optional('MOTIF_MIDEM'),
  };
  return errors.length === 0 ? { ok: true, row } : { ok: false, errors };
};

/**
 * `validateRow` for a record coming from `readFeed`: a row with the wrong number of fields is
 * rejected whole, since its values may sit under the wrong columns.
 */
export const validateRawRow = (raw: RawRow): RowValidation => {
  if (raw.fieldCount !== raw.expectedFieldCount) {
    const message = `Nombre de champs incorrect : ${raw.fieldCount} au lieu de ${raw.expectedFieldCount}`;
    return { ok: false, errors: [{ line: raw.line, column: null, message }] };
  }
  return validateRow(raw.values, raw.line);
};
