// Initial characteristics catalogue (F8), seeded on an empty database; functional admins edit it
// afterwards in the CMS (Caractéristique, Famille de caractéristiques). Genesis-fed lists carry
// the CNAF / feed codes the import stores (@rsa/vocabulary, cnaf-codes.ts); the names of
// the Genesis-fed characteristics are the import's column mapping and must not be renamed.
// Those fed by Genesis are read-only in the console; the others are entered by the référent.
// Required ones are flagged on the summary and listed by the "caractéristique requise manquante"
// alert. Aliases are other spellings accepted when typed (search, import of user values).
import {
  FAMILY_SITUATION_LABELS,
  ORGANISATION_LABELS,
  ORIENTATION_LABELS,
  RIGHTS_STATE_LABELS,
  SDD_LABELS,
  codeLabelList,
} from '@rsa/vocabulary';

type SeedValue = { code: string; label: string; aliases?: readonly string[] };
type Common = { family: string; name: string; source: 'genesis' | 'user'; required: boolean };
export type CharacteristicSeed = (Common & { type: 'text' | 'date' | 'number' }) | (Common & { type: 'list'; values: readonly SeedValue[] });

// A coded list of the feed (@rsa/vocabulary: the import's codes and their initial labels), with
// the other ways users write its values.
const feedList = (labels: Readonly<Record<string, string>>, aliases: Readonly<Record<string, readonly string[]>> = {}): SeedValue[] =>
  codeLabelList(labels).map((value) => (aliases[value.code] ? { ...value, aliases: aliases[value.code] } : value));

const genesis = { source: 'genesis', required: false } as const;
const userOptional = { source: 'user', required: false } as const;
const userRequired = { source: 'user', required: true } as const;

export const CHARACTERISTIC_CATALOGUE: readonly CharacteristicSeed[] = [
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
