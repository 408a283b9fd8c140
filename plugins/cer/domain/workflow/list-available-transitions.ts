import type { Actor } from '../actor.type';
import type { Cer } from '../cer.type';
import { CER_STATES, type CerState } from '@rsa/vocabulary';
import { findTransitionRule } from './cer-transitions.data';
import { workflowRolesOf } from './workflow-role';

// The states the actor may move the CER to, so the console never offers an illegal move.
// Field requirements (objectives, decision date…) are checked at the move itself, where the
// answer can say what is missing.
export const listAvailableTransitions = (actor: Actor, cer: Pick<Cer, 'state'>): CerState[] => {
  const roles = workflowRolesOf(actor);
  return CER_STATES.filter((to) => {
    const rule = findTransitionRule(cer.state, to);
    return rule !== undefined && rule.who.some((role) => roles.has(role));
  });
};
