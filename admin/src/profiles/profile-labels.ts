// The users' words for their profiles (GLOSSARY.md), shown on the home page and user menu.
import type { Profile } from '../auth/can-access';

export const PROFILE_LABELS: Record<Profile, string> = {
  referent: 'Référent',
  referent_fse: 'Référent FSE',
  secretariat: 'Secrétariat',
  secretariat_structure: 'Secrétariat de structure',
  cadre: 'Cadre',
  gestionnaire_fse: 'Gestionnaire FSE',
  operateur: 'Opérateur',
  siege: 'Siège',
};

export const profileLabels = (profiles: readonly Profile[]): string => profiles.map((p) => PROFILE_LABELS[p] ?? p).join(', ');
