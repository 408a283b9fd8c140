import type { Actor } from '../actor.type';
import type { CerState } from '@rsa/vocabulary';
import { editingRolesOf } from './can-edit-cer';
import {
  CER_DECISION_FIELDS,
  CER_ORDINARY_FIELDS,
  type CerDecisionField,
  type CerOrdinaryField,
} from './cer-fields';

export type CerEditableFields = {
  ordinary: CerOrdinaryField[];
  decision: CerDecisionField[];
};

export const editableFields = (actor: Actor, state: CerState): CerEditableFields => {
  const roles = editingRolesOf(actor, state);
  if (roles.size === 0) return { ordinary: [], decision: [] };
  const inChain = roles.has('secretariat') || roles.has('cadre');
  return {
    ordinary: [...CER_ORDINARY_FIELDS],
    decision: inChain
      ? CER_DECISION_FIELDS.filter((field) => {
          // A decision date is set by the move to valide / non_valide; afterwards it may only be
          // corrected while that decision stands, so a CER never carries both dates.
          if (field === 'validatedOn') return state === 'valide';
          if (field === 'notValidatedOn') return state === 'non_valide';
          return true;
        })
      : [],
  };
};
