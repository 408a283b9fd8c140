// The console profiles of ACCESS.md. Codes are the ones the operator contract (CONTRACT.md,
// `users:upsert --profile`) and the database use; labels are what the console shows.

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

export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}

// Folded so that "Référent FSE", "referent-fse" or " CADRE " typed in a script or a CSV of users
// all land on the same profile.
function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '_');
}

const BY_FOLDED_NAME: ReadonlyMap<string, Profile> = new Map(
  PROFILES.flatMap((profile) => [
    [fold(profile), profile] as const,
    [fold(PROFILE_LABELS[profile]), profile] as const,
  ]),
);

// Accepts a code or a French label; null when nothing matches, so that callers decide on the
// message (the CLI exits 2, the admin panel shows a field error).
export function parseProfile(input: string): Profile | null {
  return BY_FOLDED_NAME.get(fold(input)) ?? null;
}

export function profileLabel(profile: Profile): string {
  return PROFILE_LABELS[profile];
}
