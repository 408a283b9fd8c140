import { orientationLabel, rightsStateLabel, sddLabel } from '@rsa/vocabulary';
import {
  CHARACTERISTIC_NAMES,
  characteristicsFromRow,
  isRightsEventCharacteristic,
  recordsRightsEvent,
  type CharacteristicFamily,
  type CharacteristicName,
} from './feed-characteristics';
import type { FeedRow } from './feed-row';

const ROW: FeedRow = {
  genesisId: '10474760',
  householdNumber: '7908303',
  role: 'DEM',
  organisation: 'MSA',
  cafNumber: '7028392',
  civility: 'M',
  lastName: 'DIALLO',
  birthName: null,
  firstName: 'Lucas',
  birthDate: '1971-05-13',
  sex: 'H',
  address: { line1: null, line2: null, postalCode: '07110', city: 'Chassiers', inseeCode: '07058' },
  phone: null,
  email: null,
  familySituation: 'CEL',
  familySituationDate: '1991-05-08',
  rightsState: '4',
  rightsStateDate: '2026-11-04',
  closureReason: null,
  paymentSuspendedOn: '2026-11-01',
  sdd: 'SDD',
  orientation: 'PRO',
  employmentContract: 'CDD',
  firstSupportDate: '2024-12-15',
  territory: 'SUD',
  referentLogin: 'fatoumata.mendes10',
  referentName: 'Fatoumata MENDES',
  referentStructure: 'DTAS-SUD',
  referentDesignatedOn: '2024-12-26',
  midemDate: '2026-07-02',
  midemReason: 'Mise en demeure (Absence de CER)',
};

test.each<[CharacteristicFamily, CharacteristicName, string | null]>([
  ['Situation RSA', 'Etat du droit', '4'],
  ['Situation RSA', 'Date état du droit', '2026-11-04'],
  ['Situation RSA', 'Motif de clôture', null],
  ['Situation RSA', 'Date suspension versement', '2026-11-01'],
  ['Situation RSA', 'SDD_NSDD', 'SDD'],
  ['Situation RSA', 'Orientation', 'PRO'],
  ['Situation RSA', 'Nature du contrat de travail', 'CDD'],
  ['Situation RSA', 'Date 1er accompagnement', '2024-12-15'],
  ['AdministratifCD07', 'Organisme', 'MSA'],
  ['AdministratifCD07', 'Numéro CAF/MSA', '7028392'],
  ['AdministratifCD07', 'Date MIDEM', '2026-07-02'],
  ['AdministratifCD07', 'Motif MIDEM', 'Mise en demeure (Absence de CER)'],
  ['Situation familiale', 'Situation familiale', 'CEL'],
  ['Situation familiale', 'Date situation familiale', '1991-05-08'],
])('%s / %s = %s', (family, name, value) => {
  expect(characteristicsFromRow(ROW)).toContainEqual({ family, name, value });
});

test('the row gives exactly the catalogue, once each', () => {
  const fromRow = characteristicsFromRow(ROW).map(({ family, name }) => `${family}/${name}`);
  const catalogue = Object.entries(CHARACTERISTIC_NAMES).flatMap(([family, names]) => names.map((name) => `${family}/${name}`));
  expect(fromRow).toEqual(catalogue);
});

test.each<[CharacteristicFamily, CharacteristicName, boolean]>([
  ['Situation RSA', 'Etat du droit', true],
  ['Situation RSA', 'SDD_NSDD', true],
  ['Situation RSA', 'Orientation', true],
  ['Situation RSA', 'Date état du droit', false],
  ['Situation RSA', 'Motif de clôture', false],
  ['AdministratifCD07', 'Date MIDEM', false],
  ['Situation familiale', 'Situation familiale', false],
])('%s / %s triggers a droit event: %s', (family, name, expected) => {
  expect(isRightsEventCharacteristic({ family, name })).toBe(expected);
});

test.each([
  ['2', 'Droit ouvert et versable'],
  ['3', 'Droit ouvert et suspendu'],
  ['4', 'Droit ouvert mais versement suspendu'],
  ['5', 'Droit clos'],
  ['6', 'Droit clos sur mois antérieur'],
  ['9', '9'],
])('rightsStateLabel(%s) = %s', (code, label) => {
  expect(rightsStateLabel(code)).toBe(label);
});

test.each([
  ['SOC', 'Sociale'],
  ['PRO', 'Professionnelle'],
  ['SOCPRO', 'Socio-professionnelle'],
  ['TNS', 'Travailleur non salarié'],
])('orientationLabel(%s) = %s', (code, label) => {
  expect(orientationLabel(code)).toBe(label);
});

test.each([
  ['SDD', 'Soumis aux droits et devoirs'],
  ['NSDD', 'Non soumis aux droits et devoirs'],
])('sddLabel(%s) = %s', (code, label) => {
  expect(sddLabel(code)).toBe(label);
});

// The mapping is by name: every characteristic the feed fills must be in the catalogue a new
// database is seeded with, as fed by Genesis (read-only in the console).
test('every mapped characteristic is in the seeded catalogue, owned by the feed', async () => {
  const { CHARACTERISTIC_CATALOGUE } = await import('../../../cms/src/seed/characteristic-catalogue');
  for (const [family, names] of Object.entries(CHARACTERISTIC_NAMES)) {
    for (const name of names) {
      expect(CHARACTERISTIC_CATALOGUE.find((d) => d.family === family && d.name === name)?.source).toBe('genesis');
    }
  }
});

describe('recordsRightsEvent (GENESIS_FEED.md rule 2: on changes of known persons only)', () => {
  test.each([
    [false, true, true, true],
    [true, true, true, false], // a file created today: its first values are no change
    [false, true, false, false],
    [false, false, true, false],
    [true, false, true, false],
  ])('new file %j, droit characteristic %j, changed %j → %j', (isNewFile, isRightsEvent, changed, expected) => {
    expect(recordsRightsEvent({ isNewFile, isRightsEvent, changed })).toBe(expected);
  });
});
