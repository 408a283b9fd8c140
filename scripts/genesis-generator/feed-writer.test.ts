import { FEED_HEADER } from '../../plugins/genesis/domain/feed-columns';
import { validateRow } from '../../plugins/genesis/domain/validate-row';
import { csvField, feedLine } from './feed-writer';
import type { Household, Person } from './population';

test.each([
  ['Anaïs', 'Anaïs'],
  ["N'DIAYE", "N'DIAYE"],
  ['', ''],
  ['Bât. C; porte 2', '"Bât. C; porte 2"'],
  ['Résidence "Les Oliviers"', '"Résidence ""Les Oliviers"""'],
  ['ligne 1\r\nligne 2', '"ligne 1\r\nligne 2"'],
])('csvField(%j) = %j', (value, expected) => {
  expect(csvField(value)).toBe(expected);
});

const person: Person = {
  id: 10474725,
  role: 'DEM',
  civility: 'M',
  sex: 'H',
  lastName: "D'ALMEIDA",
  birthName: '',
  firstName: 'Jean-Pierre',
  birthDate: '1993-06-23',
  phone: '06.38.72.76.53',
  sdd: 'SDD',
  orientation: null,
  employmentContract: '',
  firstSupportDate: '2026-03-18',
  referent: { login: 'ft-tournon', name: 'FRANCE TRAVAIL TOURNON', structure: 'FRANCE-TRAVAIL-TOURNON', territory: 'NORD', internal: false },
  designatedOn: '2026-05-05',
  midemDate: '2026-07-02',
  midemReason: 'Mise en demeure (Absence de CER)',
};
const household: Household = {
  number: 7908275,
  organisation: 'CAF',
  matricule: '6858022',
  address: {
    line1: '93 avenue du Vanel',
    line2: 'Bât. C; porte 2',
    commune: { inseeCode: '07292', name: "Saint-Romain-d'Ay", postalCode: '07290', territory: 'NORD', population: 1000 },
  },
  territory: 'NORD',
  email: '',
  familySituation: 'CEL',
  familySituationDate: '2013-06-18',
  rightsState: '6',
  rightsStateDate: '2026-10-01',
  closureReason: 'Radiation',
  paymentSuspendedOn: null,
  members: [person],
};

test('a feed line has the 35 columns in header order and reads back as written', () => {
  const line = feedLine(household, person);
  expect(line).toBe(
    "10474725;7908275;DEM;CAF;6858022;M;D'ALMEIDA;;Jean-Pierre;23/06/1993;H;93 avenue du Vanel;\"Bât. C; porte 2\";07290;Saint-Romain-d'Ay;07292;06.38.72.76.53;;CEL;18/06/2013;6;01/10/2026;Radiation;;SDD;;;18/03/2026;NORD;ft-tournon;FRANCE TRAVAIL TOURNON;FRANCE-TRAVAIL-TOURNON;05/05/2026;02/07/2026;Mise en demeure (Absence de CER)",
  );
  const fields = line.replace('"Bât. C; porte 2"', 'Bât. C, porte 2').split(';');
  expect(fields).toHaveLength(FEED_HEADER.length);
  const result = validateRow(Object.fromEntries(fields.map((value, index) => [FEED_HEADER[index], value])), 2);
  expect(result).toMatchObject({
    ok: true,
    row: { lastName: "D'ALMEIDA", birthName: null, rightsState: '6', closureReason: 'Radiation', orientation: null, referentDesignatedOn: '2026-05-05' },
  });
});
