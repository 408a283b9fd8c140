// The console profiles, redeclared here rather than imported from the accounts plugin: plugins
// build and deploy separately and must not reach into each other. Keep in step with
// plugins/accounts/domain/profiles.ts (the visibility and file-actions tables test every one).
export type Profile =
  | 'referent'
  | 'referent_fse'
  | 'secretariat'
  | 'secretariat_structure'
  | 'cadre'
  | 'gestionnaire_fse'
  | 'operateur'
  | 'siege';

export const PROFILES: readonly Profile[] = [
  'referent',
  'referent_fse',
  'secretariat',
  'secretariat_structure',
  'cadre',
  'gestionnaire_fse',
  'operateur',
  'siege',
];

// The person looking at files: who they are, which profiles they hold, where they work.
export type Viewer = {
  profiles: readonly Profile[];
  login: string;
  territory: string | null;
  structure: string | null;
};
