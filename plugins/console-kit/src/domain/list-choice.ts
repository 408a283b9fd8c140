// The one rule for "is this value allowed in that configured list" (veille motifs, CER themes and
// priorities, annex data, characteristic values…). Functional admins edit the lists in the CMS:
// an item they deactivate leaves the pickers and is refused in new input, but a value already
// stored keeps showing its label in the history.
export type ListItem = { code: string; label: string; active: boolean; aliases?: readonly string[] };

export type ListChoice =
  | { ok: true; item: ListItem }
  | { ok: false; reason: 'empty' | 'unknown' | 'inactive'; message: string };

// How two spellings are compared; callers that accept typed input pass the search folding.
export type Fold = (value: string) => string;
const caseOnly: Fold = (value) => value.replace(/\s+/g, ' ').trim().toLowerCase();

const matches = (item: ListItem, wanted: string, fold: Fold): boolean =>
  [item.code, item.label, ...(item.aliases ?? [])].some((candidate) => fold(candidate) === wanted);

/**
 * Finds the item a user chose (by code, label or alias). An exact code wins over any label, and
 * an active item over a deactivated one spelled the same way.
 */
export function checkListChoice(listName: string, items: readonly ListItem[], input: string, fold: Fold = caseOnly): ListChoice {
  const raw = input.trim();
  if (raw === '') return { ok: false, reason: 'empty', message: `Choisissez une valeur de la liste « ${listName} ».` };
  const wanted = fold(raw);
  const found =
    items.find((i) => i.active && i.code === raw) ??
    items.find((i) => i.active && matches(i, wanted, fold)) ??
    items.find((i) => i.code === raw) ??
    items.find((i) => matches(i, wanted, fold));
  if (found === undefined) {
    const offered = pickerItems(items).map((i) => i.label);
    return {
      ok: false,
      reason: 'unknown',
      message:
        `« ${raw} » ne figure pas dans la liste « ${listName} ».` +
        (offered.length > 0 ? ` Valeurs possibles : ${offered.join(', ')}.` : ' Cette liste est vide : un administrateur fonctionnel doit la compléter.'),
    };
  }
  if (!found.active) {
    return { ok: false, reason: 'inactive', message: `« ${found.label} » n’est plus proposé dans la liste « ${listName} » : choisissez une autre valeur.` };
  }
  return { ok: true, item: found };
}

/** What a picker offers: the active items, in the admins' order. */
export function pickerItems<T extends ListItem>(items: readonly T[]): T[] {
  return items.filter((i) => i.active);
}

/** What history shows for a stored code: its label, even once deactivated; an unknown code as it is. */
export function listItemLabel(items: readonly ListItem[], code: string): string {
  return items.find((i) => i.code === code)?.label ?? code;
}
