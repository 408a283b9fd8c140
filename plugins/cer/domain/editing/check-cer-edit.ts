import type { Actor } from '../actor.type';
import { CER_STATE_LABELS, type CerState } from '@rsa/vocabulary';
import { CerEditError } from './cer-edit.error';
import { CER_FIELD_LABELS, type CerEditableField } from './cer-fields';
import { editableFields } from './editable-fields';

export type CerEditCheck = { ok: true } | { ok: false; error: CerEditError };

const isEditableField = (field: string): field is CerEditableField =>
  Object.prototype.hasOwnProperty.call(CER_FIELD_LABELS, field);

// Guards an edit body (the names of the fields it changes) before anything is written.
export const checkCerEdit = (
  actor: Actor,
  state: CerState,
  changedFields: readonly string[],
): CerEditCheck => {
  if (changedFields.includes('state') || changedFields.includes('history')) {
    return {
      ok: false,
      error: new CerEditError(
        'forbidden',
        "L'état du CER ne se modifie que par un changement d'état, qui est tracé dans l'historique.",
        ['state'],
      ),
    };
  }
  const unknown = changedFields.filter((field) => !isEditableField(field));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: new CerEditError('unknown_field', `Champ inconnu : ${unknown.join(', ')}.`, unknown),
    };
  }
  const allowed = editableFields(actor, state);
  const allowedSet = new Set<string>([...allowed.ordinary, ...allowed.decision]);
  if (allowedSet.size === 0 && changedFields.length > 0) {
    return {
      ok: false,
      error: new CerEditError(
        'forbidden',
        `Vous ne pouvez pas modifier ce CER à l'état « ${CER_STATE_LABELS[state]} ».`,
        [...changedFields],
      ),
    };
  }
  const refused = changedFields.filter(isEditableField).filter((field) => !allowedSet.has(field));
  if (refused.length > 0) {
    return {
      ok: false,
      error: new CerEditError(
        'forbidden',
        `Vous ne pouvez pas modifier ${refused.length > 1 ? 'les champs' : 'le champ'} : ${refused
          .map((field) => CER_FIELD_LABELS[field])
          .join(', ')}.`,
        refused,
      ),
    };
  }
  return { ok: true };
};
