import type { Actor } from '../actor.type';

// The three parties of ACCESS.md's CER table. Profiles combine: a cadre who is also the file's
// référent holds both roles.
export type WorkflowRole = 'file_referent' | 'secretariat' | 'cadre';

export const workflowRolesOf = (actor: Actor): ReadonlySet<WorkflowRole> => {
  const roles = new Set<WorkflowRole>();
  const isReferent = actor.profiles.includes('referent') || actor.profiles.includes('referent_fse');
  // A référent acts only on the files they hold an assignment on today (ACCESS.md, "own files").
  if (isReferent && actor.isFileReferent) roles.add('file_referent');
  // The chain is the secrétariat de dispositif / pôle / proximité; the secrétariat de structure
  // only follows its structure's files and has no part in the validation.
  if (actor.profiles.includes('secretariat')) roles.add('secretariat');
  if (actor.profiles.includes('cadre')) roles.add('cadre');
  return roles;
};
