// Characteristics arrive as stored codes (the feed's CNAF codes, "SOC", "CEL"…) and are shown
// by their label, as in the old Résumé ("Situation RSA - Etat du droit : Droit ouvert et
// versable"). Only the Genesis lists whose codes mean nothing to a reader are translated here;
// the server's catalogue (file-active domain) is the reference. An unknown code shows as is:
// history may hold codes retired since.
import { FAMILY_SITUATION_LABELS, ORIENTATION_LABELS, RIGHTS_STATE_LABELS, SDD_LABELS, formatFrenchDate, isCalendarDate } from '@rsa/vocabulary';

const LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // The feed's coded lists (CNAF codes…): one table for the import, the server and here.
  'Situation RSA/Etat du droit': RIGHTS_STATE_LABELS,
  'Situation RSA/SDD_NSDD': SDD_LABELS,
  'Situation RSA/Orientation': ORIENTATION_LABELS,
  'Situation familiale/Situation familiale': FAMILY_SITUATION_LABELS,
  'AdministratifCD07/Niveau de formation': {
    SANS: 'Sans diplôme',
    N3: 'CAP, BEP (niveau 3)',
    N4: 'Baccalauréat (niveau 4)',
    N5: 'Bac + 2 (niveau 5)',
    N6: 'Bac + 3 ou 4 (niveau 6)',
    N7: 'Bac + 5 et plus (niveaux 7 et 8)',
  },
  'AdministratifCD07/Permis de conduire': { OUI: 'Oui', NON: 'Non' },
  'AdministratifCD07/Mobilité': {
    VEHICULE: 'Véhicule personnel',
    DEUX_ROUES: 'Deux-roues motorisé',
    TRANSPORTS: 'Transports en commun',
    VELO_PIED: 'Vélo ou à pied',
    TIERS: 'Dépend d’un tiers',
    AUCUNE: 'Aucune mobilité',
  },
};


export function characteristicValueLabel(family: string, name: string, value: string | null): string {
  if (value === null || value === '') return '';
  const label = LABELS[`${family}/${name}`]?.[value];
  if (label) return label;
  // Date characteristics ("Date état du droit") are stored YYYY-MM-DD and read jj/mm/aaaa.
  return isCalendarDate(value) ? formatFrenchDate(value) : value;
}

/** Options of a list characteristic, for the edit form; null when it is free text. */
export function characteristicChoices(family: string, name: string): Array<{ id: string; name: string }> | null {
  const labels = LABELS[`${family}/${name}`];
  return labels ? Object.entries(labels).map(([id, label]) => ({ id, name: label })) : null;
}

/** Characteristics grouped by family, families and names in reading order. */
export function groupByFamily<T extends { family: string; name: string }>(items: readonly T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.family.localeCompare(b.family, 'fr') || a.name.localeCompare(b.name, 'fr'))) {
    const group = groups.get(item.family) ?? [];
    group.push(item);
    groups.set(item.family, group);
  }
  return [...groups.entries()];
}
