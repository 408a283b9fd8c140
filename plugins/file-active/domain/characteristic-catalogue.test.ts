// The seed is the catalogue a new database starts with; these tests pin the rules on it and on
// an admin's later edit (a deactivated value).
import { CHARACTERISTIC_CATALOGUE } from '../../../cms/src/seed/characteristic-catalogue';
import {
  type CharacteristicCatalogue,
  findCharacteristic,
  foldForSearch,
  characteristicValueLabel,
  isReadOnlyForUsers,
  missingRequired,
  missingRequiredLabel,
  validateCharacteristicValue,
  validateUserCharacteristicEdit,
} from './characteristic-catalogue';

const SEEDED: CharacteristicCatalogue = CHARACTERISTIC_CATALOGUE.map((d) =>
  d.type === 'list' ? { ...d, values: d.values.map((v) => ({ ...v, active: true })) } : d,
);
// "Deux-roues motorisé" deactivated by an admin.
const CATALOGUE: CharacteristicCatalogue = SEEDED.map((d) =>
  d.name === 'Mobilité' && d.type === 'list' ? { ...d, values: d.values.map((v) => (v.code === 'DEUX_ROUES' ? { ...v, active: false } : v)) } : d,
);

describe('validateCharacteristicValue', () => {
  test.each([
    // lists: code, label or alias, any case and accents → the code
    ['Situation RSA', 'Etat du droit', '5', '5'],
    ['Situation RSA', 'Etat du droit', 'droit clos', '5'],
    ['Situation RSA', 'Etat du droit', 'DROIT CLOS SUR MOIS ANTERIEUR', '6'],
    ['Situation RSA', 'Etat du droit', 'Droit ouvert et versable', '2'],
    ['Situation RSA', 'SDD_NSDD', 'nsdd', 'NSDD'],
    ['Situation RSA', 'SDD_NSDD', 'non soumis a droit et devoir', 'NSDD'],
    ['Situation RSA', 'SDD_NSDD', 'Soumis aux droits et devoirs', 'SDD'],
    ['Situation RSA', 'Orientation', 'socpro', 'SOCPRO'],
    ['Situation RSA', 'Orientation', 'Orientation TNS (travailleur non salarié)', 'TNS'],
    ['Situation RSA', 'Orientation', 'professionnelle', 'PRO'],
    ['AdministratifCD07', 'Organisme', 'msa', 'MSA'],
    ['AdministratifCD07', 'Permis de conduire', 'oui', 'OUI'],
    ['AdministratifCD07', 'Permis de conduire', ' Non ', 'NON'],
    ['AdministratifCD07', 'Mobilité', 'vehicule personnel', 'VEHICULE'],
    ['AdministratifCD07', 'Mobilité', "Dépend d'un tiers", 'TIERS'],
    ['AdministratifCD07', 'Niveau de formation', 'bac', 'N4'],
    ['Situation familiale', 'Situation familiale', 'veu', 'VEU'],
    ['Situation familiale', 'Situation familiale', 'mariée', 'MAR'],
    ['Situation familiale', 'Situation familiale', 'celibataire', 'CEL'],
    // family and name are matched leniently too
    ['situation rsa', 'ETAT DU DROIT', '3', '3'],
    ['AdministratifCD07', 'Mobilite', 'bus', 'TRANSPORTS'],
    // dates
    ['Situation RSA', 'Date état du droit', '29/02/2024', '2024-02-29'],
    ['Situation RSA', 'Date état du droit', '2024-02-29', '2024-02-29'],
    ['AdministratifCD07', 'Date demande de MIDEM', '31/12/2023', '2023-12-31'],
    // numbers
    ['Situation familiale', "Nombre d'enfants à charge", '0', '0'],
    ['Situation familiale', "Nombre d'enfants à charge", '03', '3'],
    // text
    ['AdministratifCD07', 'Motif demande de MIDEM', '  Absences répétées aux RDV  ', 'Absences répétées aux RDV'],
  ])('%s / %s = %j → %j', (family, name, value, canonical) => {
    expect(validateCharacteristicValue(CATALOGUE, family, name, value)).toEqual({ ok: true, value: canonical });
  });

  test.each([
    ['Situation RSA', 'Etat du droit', '1', '« 1 » ne figure pas dans la liste « Etat du droit ». Valeurs possibles : Droit ouvert et versable, Droit ouvert et suspendu, Droit ouvert mais versement suspendu, Droit clos, Droit clos sur mois antérieur.'],
    ['AdministratifCD07', 'Mobilité', 'scooter', '« Deux-roues motorisé » n’est plus proposé dans la liste « Mobilité » : choisissez une autre valeur.'],
    ['AdministratifCD07', 'Mobilité', 'DEUX_ROUES', '« Deux-roues motorisé » n’est plus proposé dans la liste « Mobilité » : choisissez une autre valeur.'],
    ['Situation RSA', 'Date état du droit', '29/02/2023', '« Date état du droit » : date invalide (format attendu jj/mm/aaaa).'],
    ['Situation RSA', 'Date état du droit', '2024-04-31', '« Date état du droit » : date invalide (format attendu jj/mm/aaaa).'],
    ['Situation familiale', "Nombre d'enfants à charge", '-1', "« Nombre d'enfants à charge » doit être un nombre entier entre 0 et 30."],
    ['Situation familiale', "Nombre d'enfants à charge", '2.5', "« Nombre d'enfants à charge » doit être un nombre entier entre 0 et 30."],
    ['Situation familiale', "Nombre d'enfants à charge", '31', "« Nombre d'enfants à charge » doit être un nombre entier entre 0 et 30."],
    ['AdministratifCD07', 'Motif demande de MIDEM', '   ', 'La caractéristique « Motif demande de MIDEM » ne peut pas être vide.'],
    ['AdministratifCD07', 'Motif demande de MIDEM', 'x'.repeat(1001), '« Motif demande de MIDEM » ne doit pas dépasser 1000 caractères.'],
    ['Famille', 'Inconnue', 'x', 'Caractéristique inconnue : Famille / Inconnue.'],
  ])('%s / %s = %j is refused', (family, name, value, message) => {
    expect(validateCharacteristicValue(CATALOGUE, family, name, value)).toEqual({ ok: false, message });
  });
});

describe('catalogue', () => {
  test('names are unique within a family', () => {
    const keys = SEEDED.map((d) => `${foldForSearch(d.family)}/${foldForSearch(d.name)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('list codes, labels and aliases are unambiguous within a list', () => {
    for (const d of SEEDED) {
      if (d.type !== 'list') continue;
      const all = d.values.flatMap((v) => [v.code, v.label, ...(v.aliases ?? [])].map(foldForSearch));
      const perValue = d.values.map((v) => new Set([v.code, v.label, ...(v.aliases ?? [])].map(foldForSearch)).size);
      expect(new Set(all).size).toBe(perValue.reduce((a, b) => a + b, 0));
    }
  });

  test.each([
    ['Situation RSA', 'Etat du droit', true],
    ['AdministratifCD07', 'Date MIDEM', true],
    ['Situation familiale', 'Situation familiale', true],
    ['AdministratifCD07', 'Motif demande de MIDEM', false],
    ['AdministratifCD07', 'Mobilité', false],
    ['Situation familiale', "Nombre d'enfants à charge", false],
    ['Inconnue', 'x', false],
  ])('%s / %s read-only for users: %j', (family, name, expected) => {
    expect(isReadOnlyForUsers(CATALOGUE, family, name)).toBe(expected);
  });

  test('the required ones are the guide’s', () => {
    expect(SEEDED.filter((d) => d.required).map((d) => d.name)).toEqual([
      'Niveau de formation',
      'Permis de conduire',
      'Mobilité',
    ]);
  });

  test('findCharacteristic', () => {
    expect(findCharacteristic(CATALOGUE, 'Situation RSA', 'SDD_NSDD')?.type).toBe('list');
    expect(findCharacteristic(CATALOGUE, 'Situation RSA', 'Nope')).toBeNull();
  });
});

describe('validateUserCharacteristicEdit', () => {
  test.each([
    ['Situation RSA', 'Etat du droit', '5', { ok: false, message: '« Etat du droit » provient de Genesis et ne peut pas être modifiée dans l’application.' }],
    ['AdministratifCD07', 'Mobilité', 'aucune', { ok: true, value: 'AUCUNE' }],
    ['AdministratifCD07', 'Date demande de MIDEM', '29/02/2024', { ok: true, value: '2024-02-29' }],
  ])('%s / %s = %j', (family, name, value, expected) => {
    expect(validateUserCharacteristicEdit(CATALOGUE, family, name, value)).toEqual(expected);
  });
});

describe('missingRequired', () => {
  test.each([
    [[], ['Niveau de formation', 'Permis de conduire', 'Mobilité']],
    [
      [
        { family: 'AdministratifCD07', name: 'Niveau de formation', value: 'SANS' },
        { family: 'AdministratifCD07', name: 'Permis de conduire', value: 'NON' },
        { family: 'AdministratifCD07', name: 'Mobilité', value: 'AUCUNE' },
      ],
      [],
    ],
    [
      [
        { family: 'AdministratifCD07', name: 'Niveau de formation', value: null },
        { family: 'administratifcd07', name: 'permis de conduire', value: 'OUI' },
        { family: 'AdministratifCD07', name: 'Mobilité', value: '  ' },
      ],
      ['Niveau de formation', 'Mobilité'],
    ],
  ])('%j → %j', (current, expected) => {
    expect(missingRequired(CATALOGUE, current).map((d) => d.name)).toEqual(expected);
  });

  test.each([
    [0, null],
    [1, '1 caractéristique requise est manquante'],
    [3, '3 caractéristiques requises sont manquantes'],
  ])('missingRequiredLabel(%i) → %j', (count, expected) => {
    expect(missingRequiredLabel(count)).toBe(expected);
  });
});

describe('characteristicValueLabel', () => {
  test.each([
    ['Situation RSA', 'Etat du droit', '5', 'Droit clos'],
    ['Situation RSA', 'SDD_NSDD', 'NSDD', 'Non soumis aux droits et devoirs'],
    ['Situation RSA', 'Orientation', 'TNS', 'Travailleur non salarié'],
    ['Situation familiale', 'Situation familiale', 'MAR', 'Marié(e)'],
    ['AdministratifCD07', 'Mobilité', 'DEUX_ROUES', 'Deux-roues motorisé'], // deactivated: history keeps its label
    ['Situation RSA', 'Etat du droit', '9', '9'], // retired code: shown as stored
    ['Situation RSA', 'Date état du droit', '2024-02-29', '2024-02-29'],
    ['Inconnue', 'x', 'y', 'y'],
  ])('%s / %s = %j → %j', (family, name, value, expected) => {
    expect(characteristicValueLabel(CATALOGUE, family, name, value)).toBe(expected);
  });
});
