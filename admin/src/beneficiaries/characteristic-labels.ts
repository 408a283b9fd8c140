// Characteristics arrive as stored (the feed's CNAF codes, "SOC", dates YYYY-MM-DD) with the label
// the server reads from the catalogue the functional admins edit in the CMS ("2" → "Droit ouvert et
// versable"); the console keeps no copy of the lists. Dates read jj/mm/aaaa; a value without a
// label (free text, a code removed since) shows as it is.
import { formatFrenchDate, isCalendarDate } from '@rsa/vocabulary';

export function characteristicDisplay(value: string | null, label?: string | null): string {
  if (value === null || value === '') return '';
  if (label && label !== value) return label;
  return isCalendarDate(value) ? formatFrenchDate(value) : value;
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
