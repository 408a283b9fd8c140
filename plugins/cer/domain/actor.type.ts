import type { Profile } from '@rsa/vocabulary';

export { PROFILES, type Profile } from '@rsa/vocabulary';

// What the CER rules need to know about the caller. `isFileReferent`: the caller holds an
// assignment in force today on the CER's file (computed by the server from the assignments).
export type Actor = {
  profiles: readonly Profile[];
  isFileReferent: boolean;
};
