// The characteristics of a file (F8): typed facts grouped in families, with history kept by the
// server. The catalogue itself (families, characteristics, list values, required flags, which
// ones Genesis feeds) is CMS content that functional admins edit; the server loads it and passes
// it to these rules. Those fed by Genesis are read-only in the application (the feed would
// overwrite any change the next night). Required ones are flagged on the summary and listed by
// the "caractéristique requise manquante" alert.
//
// List values are stored as their code, as the Genesis import stores them, and shown by their
// label. What a user types — code, label or alias, in any case and with or without accents — is
// turned into the code: "droit clos" and "5" both become "5", so a characteristic search (F2) is
// one equality on the code. Whether a value is allowed is the one list rule (checkListChoice):
// a value the admins deactivated is refused in new input but keeps its label in the history.
import { checkListChoice, listItemLabel, type ListItem } from '@rsa/console-kit';
import { type CalendarDate, foldForSearch, parseCalendarDate } from '@rsa/vocabulary';

export { foldForSearch } from '@rsa/vocabulary';

export type CharacteristicSource = 'genesis' | 'user';
export type ListValue = ListItem;

type Common = { family: string; name: string; source: CharacteristicSource; required: boolean };
export type CharacteristicDefinition =
  | (Common & { type: 'text' | 'date' | 'number' })
  | (Common & { type: 'list'; values: readonly ListValue[] });

export type CharacteristicType = CharacteristicDefinition['type'];
/** In reading order: families, then characteristics, as the admins arranged them. */
export type CharacteristicCatalogue = readonly CharacteristicDefinition[];

const key = (family: string, name: string) => `${foldForSearch(family)}\u0000${foldForSearch(name)}`;

export function findCharacteristic(catalogue: CharacteristicCatalogue, family: string, name: string): CharacteristicDefinition | null {
  const wanted = key(family, name);
  return catalogue.find((d) => key(d.family, d.name) === wanted) ?? null;
}

export type CharacteristicValueResult = { ok: true; value: string } | { ok: false; message: string };

export const TEXT_MAX_LENGTH = 1000;
const MAX_CHILDREN = 30;

// Checks a value against its definition and returns it canonical: dates as YYYY-MM-DD (from
// either that form or jj/mm/aaaa), list values as their code, numbers without leading zeros,
// text trimmed.
export function validateCharacteristicValue(
  catalogue: CharacteristicCatalogue,
  family: string,
  name: string,
  value: string,
): CharacteristicValueResult {
  const definition = findCharacteristic(catalogue, family, name);
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
      const choice = checkListChoice(definition.name, definition.values, trimmed, foldForSearch);
      return choice.ok ? { ok: true, value: choice.item.code } : { ok: false, message: choice.message };
    }
    case 'text':
      return trimmed.length > TEXT_MAX_LENGTH
        ? { ok: false, message: `« ${definition.name} » ne doit pas dépasser ${TEXT_MAX_LENGTH} caractères.` }
        : { ok: true, value: trimmed };
  }
}

// What the console shows for a stored value: the label of a list code (deactivated ones too,
// history holds them; a code removed since stays as it is), any other value unchanged.
export function characteristicValueLabel(catalogue: CharacteristicCatalogue, family: string, name: string, value: string): string {
  const definition = findCharacteristic(catalogue, family, name);
  if (definition === null || definition.type !== 'list') return value;
  return listItemLabel(definition.values, value);
}

export function isReadOnlyForUsers(catalogue: CharacteristicCatalogue, family: string, name: string): boolean {
  return findCharacteristic(catalogue, family, name)?.source === 'genesis';
}

// What the "Actualisation avec historique" form checks: the value, and that it is not one that
// Genesis owns.
export function validateUserCharacteristicEdit(
  catalogue: CharacteristicCatalogue,
  family: string,
  name: string,
  value: string,
): CharacteristicValueResult {
  const definition = findCharacteristic(catalogue, family, name);
  if (definition !== null && definition.source === 'genesis') {
    return {
      ok: false,
      message: `« ${definition.name} » provient de Genesis et ne peut pas être modifiée dans l’application.`,
    };
  }
  return validateCharacteristicValue(catalogue, family, name, value);
}

export function requiredCharacteristics(catalogue: CharacteristicCatalogue): CharacteristicDefinition[] {
  return catalogue.filter((d) => d.required);
}

export type CurrentCharacteristic = { family: string; name: string; value: string | null };

export function missingRequired(catalogue: CharacteristicCatalogue, current: readonly CurrentCharacteristic[]): CharacteristicDefinition[] {
  const filled = new Set(current.filter((c) => c.value !== null && c.value.trim() !== '').map((c) => key(c.family, c.name)));
  return requiredCharacteristics(catalogue).filter((d) => !filled.has(key(d.family, d.name)));
}

// "1 caractéristique requise est manquante", as the summary shows it.
export function missingRequiredLabel(count: number): string | null {
  if (count === 0) return null;
  return count === 1 ? '1 caractéristique requise est manquante' : `${count} caractéristiques requises sont manquantes`;
}
