// Values of the CMS's configurable lists (api::reference-item, edited by functional admins).
import { rowsOf, type Knex } from './sql';

export type ReferenceList = 'cer_objective_theme' | 'cer_priority';

/** The active item matching a code or a label (case and spaces ignored), as its label. */
export const findReferenceLabel = async (knex: Knex, list: ReferenceList, value: string): Promise<string | null> => {
  const wanted = value.trim().toLowerCase();
  const items = rowsOf<{ code: string; label: string }>(
    await knex.raw('SELECT code, label FROM reference_items WHERE list = ? AND active = ? ORDER BY position, id', [list, true]),
  );
  const found = items.find((item) => item.code.toLowerCase() === wanted || item.label.trim().toLowerCase() === wanted);
  return found ? found.label : null;
};
