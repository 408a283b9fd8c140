// The CMS's configurable lists (api::reference-item, edited by functional admins in the Strapi
// admin panel) as the console API reads and enforces them; the rule itself is domain/list-choice.
import { ConsoleError } from './console-error';
import { checkListChoice, pickerItems, type Fold, type ListItem } from './domain/list-choice';
import { rowsOf } from './sql';

export * from './domain/list-choice';

// French names of the lists, for messages (the list codes are the CMS's enumeration).
export const REFERENCE_LIST_NAMES = {
  appointment_type: 'Type d’entretien',
  appointment_theme: 'Thème d’entretien',
  appointment_outcome: 'Issue de l’entretien',
  place: 'Lieu',
  standby_motif: 'Motif de veille',
  cer_objective_theme: 'Thème d’objectif CER',
  cer_priority: 'Priorité du CER',
  step_end_reason: 'Motif de fin d’étape',
  event_type: 'Type d’événement',
  job_wish: 'Souhait métier',
  sector_wish: 'Souhait secteur',
  skill: 'Compétence',
  difficulty: 'Difficulté',
} as const;

export type ReferenceListCode = keyof typeof REFERENCE_LIST_NAMES;
export type ReferenceItem = ListItem & { id: number; position: number };

type RawQuery = { raw(sql: string, bindings?: readonly unknown[]): Promise<unknown> };

export const isReferenceList = (list: string): list is ReferenceListCode => Object.prototype.hasOwnProperty.call(REFERENCE_LIST_NAMES, list);

/** Every item of a list, deactivated ones included (history needs their labels), in the admins' order. */
export const loadReferenceList = async (knex: RawQuery, list: ReferenceListCode): Promise<ReferenceItem[]> =>
  rowsOf<{ id: number; code: string; label: string; active: unknown; position: number | null }>(
    await knex.raw('SELECT id, code, label, active, position FROM reference_items WHERE list = ? ORDER BY position, label, id', [list]),
  ).map((r) => ({ id: Number(r.id), code: r.code, label: r.label, active: r.active === true || r.active === 1 || r.active === '1', position: Number(r.position ?? 0) }));

/** The active items, what the console's pickers offer. */
export const referencePicker = async (knex: RawQuery, list: ReferenceListCode): Promise<ReferenceItem[]> =>
  pickerItems(await loadReferenceList(knex, list));

/** The item the user chose, or a 422 with the French message (unknown or deactivated value). */
export const requireReferenceChoice = async (
  knex: RawQuery,
  list: ReferenceListCode,
  value: unknown,
  options: { field?: string; fold?: Fold } = {},
): Promise<ReferenceItem> => {
  const items = await loadReferenceList(knex, list);
  const result = checkListChoice(REFERENCE_LIST_NAMES[list], items, typeof value === 'string' ? value : '', options.fold);
  if (!result.ok) throw new ConsoleError(422, result.message, options.field ? { field: options.field } : undefined);
  return result.item as ReferenceItem;
};
