import type { Actor } from '../actor.type';
import type { CerState } from '@rsa/vocabulary';
import { CER_TRANSITIONS } from '../workflow/cer-transitions.data';
import { workflowRolesOf, type WorkflowRole } from '../workflow/workflow-role';

// ACCESS.md: "a user may edit a CER only in a state they may move it out of". Derived from the
// transition table rather than restated, so the two rules can never drift apart.
export const editingRolesOf = (actor: Actor, state: CerState): ReadonlySet<WorkflowRole> => {
  const roles = workflowRolesOf(actor);
  const editing = new Set<WorkflowRole>();
  for (const rule of CER_TRANSITIONS) {
    if (rule.from !== state) continue;
    for (const role of rule.who) if (roles.has(role)) editing.add(role);
  }
  return editing;
};

export const canEditCer = (actor: Actor, state: CerState): boolean =>
  editingRolesOf(actor, state).size > 0;
