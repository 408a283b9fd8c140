import { CER_STATES, type CerState, type Profile } from '@rsa/vocabulary';
import { CER_TRANSITIONS } from '../workflow/cer-transitions.data';
import type { WorkflowRole } from '../workflow/workflow-role';

// « CER en attente de mon action » (R2): the states a secretariat or a cadre moves forward along
// the validation chain (ACCESS.md), read from the transition table rather than restated. The
// référent's part (proposition) is their own file's, not a queue.
export const statesAwaitingAction = (profiles: readonly Profile[]): CerState[] => {
  const roles = new Set<WorkflowRole>();
  if (profiles.includes('secretariat')) roles.add('secretariat');
  if (profiles.includes('cadre')) roles.add('cadre');
  return CER_STATES.filter((state) => CER_TRANSITIONS.some((rule) => rule.from === state && rule.kind === 'forward' && rule.who.some((r) => roles.has(r))));
};
