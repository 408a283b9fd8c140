import { FEED_HEADER, type FeedColumnName, type RawValues } from './feed-columns';
import type { FeedRow } from './feed-row';
import { validateRawRow, validateRow } from './validate-row';

// A couple's demandeur as Genesis writes it (sample genesis_20261102.csv, with a MIDEM added).
const LINE =
  "10474725;7908275;DEM;CAF;6858022;M;MENDES;MENDES;Jean;23/06/1993;H;93 avenue du Vanel;Chez M. FAURE;07290;Saint-Romain-d'Ay;07292;06 38 72 76 53;mendes.924@exemple.fr;VIM;18/06/2013;2;18/03/2026;;;SDD;PRO;;18/03/2026;NORD;djilali.teyssier34;Djilali TEYSSIER;DTAS-NORD;05/05/2026;02/07/2026;Mise en demeure (Absence de CER)";
const BASE: RawValues = Object.fromEntries(LINE.split(';').map((value, index) => [FEED_HEADER[index], value]));

const EXPECTED: FeedRow = {
  genesisId: '10474725',
  householdNumber: '7908275',
  role: 'DEM',
  organisation: 'CAF',
  cafNumber: '6858022',
  civility: 'M',
  lastName: 'MENDES',
  birthName: 'MENDES',
  firstName: 'Jean',
  birthDate: '1993-06-23',
  sex: 'H',
  address: {
    line1: '93 avenue du Vanel',
    line2: 'Chez M. FAURE',
    postalCode: '07290',
    city: "Saint-Romain-d'Ay",
    inseeCode: '07292',
  },
  phone: '06 38 72 76 53',
  email: 'mendes.924@exemple.fr',
  familySituation: 'VIM',
  familySituationDate: '2013-06-18',
  rightsState: '2',
  rightsStateDate: '2026-03-18',
  closureReason: null,
  paymentSuspendedOn: null,
  sdd: 'SDD',
  orientation: 'PRO',
  employmentContract: null,
  firstSupportDate: '2026-03-18',
  territory: 'NORD',
  referentLogin: 'djilali.teyssier34',
  referentName: 'Djilali TEYSSIER',
  referentStructure: 'DTAS-NORD',
  referentDesignatedOn: '2026-05-05',
  midemDate: '2026-07-02',
  midemReason: 'Mise en demeure (Absence de CER)',
};

const withValues = (changes: Partial<Record<FeedColumnName, string>>): RawValues => ({ ...BASE, ...changes });

test('a valid row becomes a FeedRow with ISO dates and English names', () => {
  expect(validateRow(BASE, 7)).toEqual({ ok: true, row: EXPECTED });
});

describe('accepted values', () => {
  test.each<[string, Partial<Record<FeedColumnName, string>>, Partial<FeedRow>]>([
    ['values are trimmed', { NOM: '  MENDES ', PRENOM: '\tJean ' }, { lastName: 'MENDES', firstName: 'Jean' }],
    ['empty optional → null', { NOM_NAISSANCE: '', TELEPHONE: '   ', EMAIL: '' }, { birthName: null, phone: null, email: null }],
    ['no civility nor sex', { CIVILITE: '', SEXE: '' }, { civility: null, sex: null }],
    ['no orientation', { ORIENTATION: '' }, { orientation: null }],
    ['no family situation', { SITUATION_FAMILIALE: '', DATE_SITUATION_FAMILIALE: '' }, { familySituation: null, familySituationDate: null }],
    ['conjoint, MSA, woman', { ROLE: 'CJT', ORGANISME: 'MSA', CIVILITE: 'MME', SEXE: 'F' }, { role: 'CJT', organisation: 'MSA', civility: 'MME', sex: 'F' }],
    ['droit clos with reason', { ETAT_DROIT: '5', MOTIF_CLOTURE: 'Ressources trop élevées' }, { rightsState: '5', closureReason: 'Ressources trop élevées' }],
    ['payment suspended', { ETAT_DROIT: '4', DATE_SUSPENSION_VERSEMENT: '01/11/2026' }, { rightsState: '4', paymentSuspendedOn: '2026-11-01' }],
    ['NSDD, TNS', { SDD: 'NSDD', ORIENTATION: 'TNS', NATURE_CONTRAT_TRAVAIL: 'Autoentrepreneur' }, { sdd: 'NSDD', orientation: 'TNS', employmentContract: 'Autoentrepreneur' }],
    ['Corsica INSEE code', { CODE_INSEE: '2A004', CODE_POSTAL: '20000', COMMUNE: 'Ajaccio' }, { address: { ...EXPECTED.address, inseeCode: '2A004', postalCode: '20000', city: 'Ajaccio' } }],
    ['INSEE outside 07', { CODE_INSEE: '42218' }, { address: { ...EXPECTED.address, inseeCode: '42218' } }],
    ['leap day', { DATE_NAISSANCE: '29/02/2000' }, { birthDate: '2000-02-29' }],
    ['names with apostrophe, hyphen, space', { NOM: "N'DIAYE", NOM_NAISSANCE: 'DE LA ROCHE', PRENOM: 'Marie-Hélène' }, { lastName: "N'DIAYE", birthName: 'DE LA ROCHE', firstName: 'Marie-Hélène' }],
  ])('%s', (_name, changes, expected) => {
    expect(validateRow(withValues(changes), 3)).toEqual({ ok: true, row: { ...EXPECTED, ...expected } });
  });
});

describe('rejected values', () => {
  test.each<[Partial<Record<FeedColumnName, string>>, FeedColumnName, string]>([
    [{ ID_INDIVIDU: '' }, 'ID_INDIVIDU', 'Valeur obligatoire manquante'],
    [{ NUM_FOYER: '  ' }, 'NUM_FOYER', 'Valeur obligatoire manquante'],
    [{ NOM: '' }, 'NOM', 'Valeur obligatoire manquante'],
    [{ CODE_INSEE: '' }, 'CODE_INSEE', 'Valeur obligatoire manquante'],
    [{ REFERENT_ID: '' }, 'REFERENT_ID', 'Valeur obligatoire manquante'],
    [{ DATE_DESIGNATION_REFERENT: '' }, 'DATE_DESIGNATION_REFERENT', 'Valeur obligatoire manquante'],
    [{ DATE_NAISSANCE: '31/02/2024' }, 'DATE_NAISSANCE', 'Date impossible : 31/02/2024'],
    [{ DATE_ETAT_DROIT: '29/02/2023' }, 'DATE_ETAT_DROIT', 'Date impossible : 29/02/2023'],
    [{ DATE_MIDEM: '2026-07-02' }, 'DATE_MIDEM', 'Date invalide : 2026-07-02 (attendu : jj/mm/aaaa)'],
    [{ DATE_SITUATION_FAMILIALE: '1/1/2020' }, 'DATE_SITUATION_FAMILIALE', 'Date invalide : 1/1/2020 (attendu : jj/mm/aaaa)'],
    [{ ETAT_DROIT: '1' }, 'ETAT_DROIT', 'Code inconnu : 1 (attendu : 2, 3, 4, 5, 6)'],
    [{ ETAT_DROIT: '' }, 'ETAT_DROIT', 'Valeur obligatoire manquante'],
    [{ ROLE: 'ENF' }, 'ROLE', 'Code inconnu : ENF (attendu : DEM, CJT)'],
    [{ ORGANISME: 'CPAM' }, 'ORGANISME', 'Code inconnu : CPAM (attendu : CAF, MSA)'],
    [{ SDD: 'sdd' }, 'SDD', 'Code inconnu : sdd (attendu : SDD, NSDD)'],
    [{ ORIENTATION: 'EMPLOI' }, 'ORIENTATION', 'Code inconnu : EMPLOI (attendu : SOC, PRO, SOCPRO, TNS)'],
    [{ SITUATION_FAMILIALE: 'CONC' }, 'SITUATION_FAMILIALE', 'Code inconnu : CONC (attendu : CEL, MAR, PAC, VIM, DIV, SEP, VEU)'],
    [{ CIVILITE: 'MLLE' }, 'CIVILITE', 'Code inconnu : MLLE (attendu : M, MME)'],
    [{ SEXE: 'M' }, 'SEXE', 'Code inconnu : M (attendu : H, F)'],
    [{ CODE_INSEE: '7186' }, 'CODE_INSEE', 'Code INSEE invalide : 7186 (attendu : 5 caractères, par exemple 07186)'],
    [{ CODE_INSEE: '2C004' }, 'CODE_INSEE', 'Code INSEE invalide : 2C004 (attendu : 5 caractères, par exemple 07186)'],
  ])('%o → %s: %s', (changes, column, message) => {
    expect(validateRow(withValues(changes), 12)).toEqual({ ok: false, errors: [{ line: 12, column, message }] });
  });

  test('every error of the row is reported, in column order', () => {
    const result = validateRow(withValues({ NOM: '', DATE_NAISSANCE: '30/02/1990', SDD: 'X' }), 4);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 4, column: 'NOM', message: 'Valeur obligatoire manquante' },
        { line: 4, column: 'DATE_NAISSANCE', message: 'Date impossible : 30/02/1990' },
        { line: 4, column: 'SDD', message: 'Code inconnu : X (attendu : SDD, NSDD)' },
      ],
    });
  });

  test('an absent optional column is null, an absent required one is missing', () => {
    const { EMAIL: _email, DTAS: _dtas, ...rest } = BASE;
    expect(validateRow(rest, 2)).toEqual({
      ok: false,
      errors: [{ line: 2, column: 'DTAS', message: 'Valeur obligatoire manquante' }],
    });
  });
});

describe('validateRawRow', () => {
  test.each([
    [35, 35, true],
    [34, 35, false],
    [36, 35, false],
  ])('%i fields for a %i-column header → ok %s', (fieldCount, expectedFieldCount, ok) => {
    const result = validateRawRow({ line: 9, values: BASE, fieldCount, expectedFieldCount });
    expect(result.ok).toBe(ok);
    if (!result.ok) {
      expect(result.errors).toEqual([
        { line: 9, column: null, message: `Nombre de champs incorrect : ${fieldCount} au lieu de ${expectedFieldCount}` },
      ]);
    }
  });
});
