import type { Profile } from '@rsa/vocabulary';

export { PROFILES, type Profile } from '@rsa/vocabulary';

// What the CER rules need to know about the caller. `isFileReferent`: the caller is the
// référent de parcours in force today on the CER's file — a référent d'étape is not (computed by
// the server from the assignments, file-active domain/file-referent.ts).
export type Actor = {
  profiles: readonly Profile[];
  isFileReferent: boolean;
};
