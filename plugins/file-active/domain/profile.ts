import type { Profile } from '@rsa/vocabulary';

export { PROFILES, type Profile } from '@rsa/vocabulary';

// The person looking at files: who they are, which profiles they hold, where they work.
export type Viewer = {
  profiles: readonly Profile[];
  login: string;
  territory: string | null;
  structure: string | null;
};
