// The console profiles of ACCESS.md. Codes are the ones the operator contract (CONTRACT.md,
// `users:upsert --profile`), the database and the console use.
import { foldForSearch } from './fold-for-search';

export const PROFILES = [
  'referent',
  'referent_fse',
  'secretariat',
  'secretariat_structure',
  'cadre',
  'gestionnaire_fse',
  'operateur',
  'siege',
] as const;

export type Profile = (typeof PROFILES)[number];

// The full names: the CMS admin panel, scripts, and what `parseProfile` accepts.
export const PROFILE_LABELS: Readonly<Record<Profile, string>> = {
  referent: 'Référent de parcours',
  referent_fse: 'Référent FSE',
  secretariat: 'Secrétariat (dispositif, pôle, proximité)',
  secretariat_structure: 'Secrétariat de structure',
  cadre: 'Cadre (chef de service, ALI)',
  gestionnaire_fse: 'Gestionnaire FSE',
  operateur: 'Opérateur',
  siege: 'Siège',
};

// The users' everyday words (GLOSSARY.md), for the console's home page and user menu where the
// full names do not fit.
export const PROFILE_SHORT_LABELS: Readonly<Record<Profile, string>> = {
  referent: 'Référent',
  referent_fse: 'Référent FSE',
  secretariat: 'Secrétariat',
  secretariat_structure: 'Secrétariat de structure',
  cadre: 'Cadre',
  gestionnaire_fse: 'Gestionnaire FSE',
  operateur: 'Opérateur',
  siege: 'Siège',
};

export const isProfile = (value: unknown): value is Profile =>
  typeof value === 'string' && (PROFILES as readonly string[]).includes(value);

export const profileLabel = (profile: Profile): string => PROFILE_LABELS[profile];

/** "Référent, Cadre" for the console; an unknown code (a newer server) shows as is. */
export const profileShortLabels = (profiles: readonly Profile[]): string =>
  profiles.map((p) => PROFILE_SHORT_LABELS[p] ?? p).join(', ');

// "Référent FSE", "referent-fse" or " CADRE " typed in a script or a CSV of users all land on
// the same profile.
const profileKey = (value: string): string => foldForSearch(value).replace(/[\s-]+/g, '_');

const BY_KEY: ReadonlyMap<string, Profile> = new Map(
  PROFILES.flatMap((profile) => [
    [profileKey(profile), profile] as const,
    [profileKey(PROFILE_LABELS[profile]), profile] as const,
  ]),
);

/** A code or a full French label; null when nothing matches (the caller words the message). */
export const parseProfile = (input: string): Profile | null => BY_KEY.get(profileKey(input)) ?? null;

const NO_PROFILE = 'Choisissez au moins un profil.';

export type ProfileListCheck = { ok: true; profiles: Profile[] } | { ok: false; message: string };

// A collaborator holds at least one profile, each a known code; duplicates are dropped. The
// same rule for users:upsert and the admin panel's checkboxes (validated server-side).
export function checkProfileList(value: unknown): ProfileListCheck {
  if (value === null || value === undefined) return { ok: false, message: NO_PROFILE };
  if (!Array.isArray(value)) return { ok: false, message: 'Les profils doivent être une liste de codes de profil.' };
  const codes = value.map((item) => (typeof item === 'string' ? item.trim() : String(item))).filter(Boolean);
  const unknown = codes.filter((code) => !isProfile(code));
  if (unknown.length > 0) return { ok: false, message: `Profil inconnu : ${unknown.join(', ')}.` };
  if (codes.length === 0) return { ok: false, message: NO_PROFILE };
  return { ok: true, profiles: [...new Set(codes as Profile[])] };
}

/** The signed-in collaborator, as the console API answers it and the console keeps it. */
export type ConsoleUser = {
  id: number;
  login: string;
  name: string;
  profiles: Profile[];
  structureCode: string | null;
  territoryCode: string | null;
};

// ACCESS.md: an opérateur who sees a file through an étape sees its summary, contact and the
// étape — not its notes nor its CER. Any other profile that sees the file reads them (notes
// further by their own visibility). Used by the file-active perimeter (domain/visibility) and
// the CER plugin.
export const readsNotesAndCer = (profiles: readonly Profile[]): boolean => profiles.some((p) => p !== 'operateur');
