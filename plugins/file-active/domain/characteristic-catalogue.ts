// The characteristics of a file (F8): typed facts grouped in families, with history kept by the
// server. Those fed by Genesis are read-only in the application (the feed would overwrite any
// change the next night); the others are entered by the référent. Required ones are flagged on
// the summary and listed by the "caractéristique requise manquante" alert.
//
// List values are stored as their code, as the Genesis import stores them (plugins/genesis,
// feed-codes.ts: same codes, same labels), and shown by their label. What a user types — code,
// label or alias, in any case and with or without accents — is turned into the code: "droit
// clos" and "5" both become "5", so a characteristic search (F2) is one equality on the code.
import {
  FAMILY_SITUATION_LABELS,
  ORGANISATION_LABELS,
  ORIENTATION_LABELS,
  RIGHTS_STATE_LABELS,
  SDD_LABELS,
  type CalendarDate,
  codeLabelList,
  foldForSearch,
  parseCalendarDate,
} from '@rsa/vocabulary';

export { foldForSearch } from '@rsa/vocabulary';

export type CharacteristicFamily = 'Situation RSA' | 'AdministratifCD07' | 'Situation familiale';
export type CharacteristicSource = 'genesis' | 'user';
export type ListValue = { code: string; label: string; aliases?: readonly string[] };

type Common = { family: CharacteristicFamily; name: string; source: CharacteristicSource; required: boolean };
export type CharacteristicDefinition =
  | (Common & { type: 'text' | 'date' | 'number' })
  | (Common & { type: 'list'; values: readonly ListValue[] });

export type CharacteristicType = CharacteristicDefinition['type'];

// A coded list of the feed (@rsa/vocabulary: the import's codes and labels), with the other ways
// users write its values.
const feedList = (labels: Readonly<Record<string, string>>, aliases: Readonly<Record<string, readonly string[]>> = {}): ListValue[] =>
  codeLabelList(labels).map((value) => (aliases[value.code] ? { ...value, aliases: aliases[value.code] } : value));

const genesis = { source: 'genesis', required: false } as const;
const userOptional = { source: 'user', required: false } as const;
const userRequired = { source: 'user', required: true } as const;

export const CHARACTERISTIC_CATALOGUE: readonly CharacteristicDefinition[] = [
  // Situation RSA — from Genesis (GENESIS_FEED.md)
  {
    family: 'Situation RSA',
    name: 'Etat du droit',
    type: 'list',
    ...genesis,
    // CNAF codes
    values: feedList(RIGHTS_STATE_LABELS),
  },
  { family: 'Situation RSA', name: 'Date état du droit', type: 'date', ...genesis },
  { family: 'Situation RSA', name: 'Motif de clôture', type: 'text', ...genesis },
  { family: 'Situation RSA', name: 'Date suspension versement', type: 'date', ...genesis },
  {
    family: 'Situation RSA',
    name: 'SDD_NSDD',
    type: 'list',
    ...genesis,
    // The guide writes "Soumis à droit et devoir": accepted as well.
    values: feedList(SDD_LABELS, { SDD: ['Soumis à droit et devoir'], NSDD: ['Non soumis à droit et devoir'] }),
  },
  {
    family: 'Situation RSA',
    name: 'Orientation',
    type: 'list',
    ...genesis,
    values: feedList(ORIENTATION_LABELS, {
      SOC: ['Orientation sociale'],
      PRO: ['Orientation professionnelle'],
      SOCPRO: ['Orientation socio-professionnelle', 'Socioprofessionnelle'],
      TNS: ['Orientation TNS (travailleur non salarié)', 'Orientation TNS'],
    }),
  },
  { family: 'Situation RSA', name: 'Nature du contrat de travail', type: 'text', ...genesis },
  { family: 'Situation RSA', name: 'Date 1er accompagnement', type: 'date', ...genesis },

  // AdministratifCD07
  {
    family: 'AdministratifCD07',
    name: 'Organisme',
    type: 'list',
    ...genesis,
    values: feedList(ORGANISATION_LABELS),
  },
  { family: 'AdministratifCD07', name: 'Numéro CAF/MSA', type: 'text', ...genesis },
  // Date and motif of the last mise en demeure, entered by the secretariat in Genesis.
  { family: 'AdministratifCD07', name: 'Date MIDEM', type: 'date', ...genesis },
  { family: 'AdministratifCD07', name: 'Motif MIDEM', type: 'text', ...genesis },
  // The référent's request (F9), handled once the feed's Date MIDEM is later (midem.ts).
  { family: 'AdministratifCD07', name: 'Motif demande de MIDEM', type: 'text', ...userOptional },
  { family: 'AdministratifCD07', name: 'Date demande de MIDEM', type: 'date', ...userOptional },
  {
    family: 'AdministratifCD07',
    name: 'Niveau de formation',
    type: 'list',
    ...userRequired,
    // Nomenclature of diploma levels (décret 2019-14), grouped as insertion teams use it.
    values: [
      { code: 'SANS', label: 'Sans diplôme', aliases: ['Aucun diplôme'] },
      { code: 'N3', label: 'CAP, BEP (niveau 3)', aliases: ['CAP', 'BEP', 'Niveau 3'] },
      { code: 'N4', label: 'Baccalauréat (niveau 4)', aliases: ['Bac', 'Baccalauréat', 'Niveau 4'] },
      { code: 'N5', label: 'Bac + 2 (niveau 5)', aliases: ['Bac+2', 'BTS', 'DUT', 'Niveau 5'] },
      { code: 'N6', label: 'Bac + 3 ou 4 (niveau 6)', aliases: ['Bac+3', 'Bac+4', 'Licence', 'Niveau 6'] },
      { code: 'N7', label: 'Bac + 5 et plus (niveaux 7 et 8)', aliases: ['Bac+5', 'Master', 'Doctorat', 'Niveau 7', 'Niveau 8'] },
    ],
  },
  {
    family: 'AdministratifCD07',
    name: 'Permis de conduire',
    type: 'list',
    ...userRequired,
    values: [
      { code: 'OUI', label: 'Oui' },
      { code: 'NON', label: 'Non' },
    ],
  },
  {
    family: 'AdministratifCD07',
    name: 'Mobilité',
    type: 'list',
    ...userRequired,
    values: [
      { code: 'VEHICULE', label: 'Véhicule personnel', aliases: ['Voiture'] },
      { code: 'DEUX_ROUES', label: 'Deux-roues motorisé', aliases: ['Scooter', 'Moto'] },
      { code: 'TRANSPORTS', label: 'Transports en commun', aliases: ['Bus', 'Train'] },
      { code: 'VELO_PIED', label: 'Vélo ou à pied', aliases: ['Vélo', 'À pied'] },
      { code: 'TIERS', label: 'Dépend d’un tiers', aliases: ["Dépend d'un tiers", 'Covoiturage'] },
      { code: 'AUCUNE', label: 'Aucune mobilité', aliases: ['Aucune'] },
    ],
  },

  // Situation familiale — from Genesis
  {
    family: 'Situation familiale',
    name: 'Situation familiale',
    type: 'list',
    ...genesis,
    values: feedList(FAMILY_SITUATION_LABELS, {
      MAR: ['Marié', 'Mariée'],
      PAC: ['Pacsé', 'Pacsée'],
      VIM: ['Concubinage'],
      DIV: ['Divorcé', 'Divorcée'],
      SEP: ['Séparé', 'Séparée'],
      VEU: ['Veuf', 'Veuve'],
    }),
  },
  { family: 'Situation familiale', name: 'Date situation familiale', type: 'date', ...genesis },
  // Not in the feed: entered by the référent.
  { family: 'Situation familiale', name: "Nombre d'enfants à charge", type: 'number', ...userOptional },
];

const key = (family: string, name: string) => `${foldForSearch(family)}\u0000${foldForSearch(name)}`;

const BY_KEY: ReadonlyMap<string, CharacteristicDefinition> = new Map(
  CHARACTERISTIC_CATALOGUE.map((d) => [key(d.family, d.name), d]),
);

export function findCharacteristic(family: string, name: string): CharacteristicDefinition | null {
  return BY_KEY.get(key(family, name)) ?? null;
}

export type CharacteristicValueResult = { ok: true; value: string } | { ok: false; message: string };

export const TEXT_MAX_LENGTH = 1000;
const MAX_CHILDREN = 30;

function matchListValue(values: readonly ListValue[], input: string): ListValue | null {
  const folded = foldForSearch(input);
  return (
    values.find((v) => [v.code, v.label, ...(v.aliases ?? [])].some((candidate) => foldForSearch(candidate) === folded)) ??
    null
  );
}

// Checks a value against its definition and returns it canonical: dates as YYYY-MM-DD (from
// either that form or jj/mm/aaaa), list values as their code, numbers without leading zeros,
// text trimmed.
export function validateCharacteristicValue(family: string, name: string, value: string): CharacteristicValueResult {
  const definition = findCharacteristic(family, name);
  if (definition === null) return { ok: false, message: `Caractéristique inconnue : ${family} / ${name}.` };
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, message: `La caractéristique « ${definition.name} » ne peut pas être vide.` };
  switch (definition.type) {
    case 'date': {
      const date: CalendarDate | null = parseCalendarDate(trimmed);
      return date === null
        ? { ok: false, message: `« ${definition.name} » : date invalide (format attendu jj/mm/aaaa).` }
        : { ok: true, value: date };
    }
    case 'number': {
      const n = /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : NaN;
      return Number.isInteger(n) && n <= MAX_CHILDREN
        ? { ok: true, value: String(n) }
        : { ok: false, message: `« ${definition.name} » doit être un nombre entier entre 0 et ${MAX_CHILDREN}.` };
    }
    case 'list': {
      const match = matchListValue(definition.values, trimmed);
      return match === null
        ? {
            ok: false,
            message:
              `Valeur « ${trimmed} » non autorisée pour « ${definition.name} ». ` +
              `Valeurs possibles : ${definition.values.map((v) => v.label).join(', ')}.`,
          }
        : { ok: true, value: match.code };
    }
    case 'text':
      return trimmed.length > TEXT_MAX_LENGTH
        ? { ok: false, message: `« ${definition.name} » ne doit pas dépasser ${TEXT_MAX_LENGTH} caractères.` }
        : { ok: true, value: trimmed };
  }
}

// What the console shows for a stored value: the label of a list code (a code retired since
// stays as it is, history may hold it), any other value unchanged.
export function characteristicValueLabel(family: string, name: string, value: string): string {
  const definition = findCharacteristic(family, name);
  if (definition === null || definition.type !== 'list') return value;
  return definition.values.find((v) => v.code === value)?.label ?? value;
}

export function isReadOnlyForUsers(family: string, name: string): boolean {
  return findCharacteristic(family, name)?.source === 'genesis';
}

// What the "Actualisation avec historique" form checks: the value, and that it is not one that
// Genesis owns.
export function validateUserCharacteristicEdit(family: string, name: string, value: string): CharacteristicValueResult {
  const definition = findCharacteristic(family, name);
  if (definition !== null && definition.source === 'genesis') {
    return {
      ok: false,
      message: `« ${definition.name} » provient de Genesis et ne peut pas être modifiée dans l’application.`,
    };
  }
  return validateCharacteristicValue(family, name, value);
}

export type CurrentCharacteristic = { family: string; name: string; value: string | null };

export function missingRequired(current: readonly CurrentCharacteristic[]): CharacteristicDefinition[] {
  const filled = new Set(current.filter((c) => c.value !== null && c.value.trim() !== '').map((c) => key(c.family, c.name)));
  return CHARACTERISTIC_CATALOGUE.filter((d) => d.required && !filled.has(key(d.family, d.name)));
}

// "1 caractéristique requise est manquante", as the summary shows it.
export function missingRequiredLabel(count: number): string | null {
  if (count === 0) return null;
  return count === 1 ? '1 caractéristique requise est manquante' : `${count} caractéristiques requises sont manquantes`;
}
