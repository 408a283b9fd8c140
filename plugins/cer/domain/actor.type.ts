export const PROFILES = [
  'referent',
  'referent_fse',
  'secretariat',
  'secretariat_structure',
  'cadre',
  'gestionnaire_fse',
  'operateur',
  'siege',
] as const;

export type Profile = (typeof PROFILES)[number];

// What the CER rules need to know about the caller. `isFileReferent`: the caller holds an
// assignment in force today on the CER's file (computed by the server from the assignments).
export type Actor = {
  profiles: readonly Profile[];
  isFileReferent: boolean;
};
