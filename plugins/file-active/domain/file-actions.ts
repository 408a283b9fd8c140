// "What each profile may do (beyond reading)" of ACCESS.md, for the actions of this plugin.
// mayDo answers for a file the viewer already sees (visibility.ts decides that first); it never
// widens access. `isOwnFile`: the viewer holds an assignment that grants access today.
import type { Profile, Viewer } from './profile';

export const FILE_ACTIONS = [
  'standby.add',
  'standby.end',
  'standby.delete',
  'caseloadExit.enter',
  'caseloadExit.cancel',
  'stepReferent.add',
  'characteristics.edit',
  'midem.request',
  'contact.edit',
  'notes.write',
  'documents.write',
  'appointments.write',
] as const;

export type FileAction = (typeof FILE_ACTIONS)[number];

export type FileActionContext = { isOwnFile: boolean };

type Grant = 'yes' | 'own' | 'no';

// Cancelling a sortie and adding a référent d'étape stay with the secretariats and cadres:
// a référent whose sortie has passed no longer sees the file, and adding a colleague is an
// arbitration of the DTAS (guide, "Comment annuler une sortie ?", "Changement de référent").
const REFERENT: Readonly<Record<FileAction, Grant>> = {
  'standby.add': 'own',
  'standby.end': 'own',
  'standby.delete': 'own',
  'caseloadExit.enter': 'own',
  'caseloadExit.cancel': 'no',
  'stepReferent.add': 'no',
  'characteristics.edit': 'own',
  'midem.request': 'own',
  'contact.edit': 'own',
  'notes.write': 'own',
  'documents.write': 'own',
  'appointments.write': 'own',
};

const TERRITORIAL: Readonly<Record<FileAction, Grant>> = {
  'standby.add': 'yes',
  'standby.end': 'yes',
  'standby.delete': 'yes',
  'caseloadExit.enter': 'yes',
  'caseloadExit.cancel': 'yes',
  'stepReferent.add': 'yes',
  'characteristics.edit': 'yes',
  'midem.request': 'yes',
  'contact.edit': 'yes',
  'notes.write': 'yes',
  'documents.write': 'yes',
  'appointments.write': 'yes',
};

const NOTHING: Readonly<Record<FileAction, Grant>> = {
  'standby.add': 'no',
  'standby.end': 'no',
  'standby.delete': 'no',
  'caseloadExit.enter': 'no',
  'caseloadExit.cancel': 'no',
  'stepReferent.add': 'no',
  'characteristics.edit': 'no',
  'midem.request': 'no',
  'contact.edit': 'no',
  'notes.write': 'no',
  'documents.write': 'no',
  'appointments.write': 'no',
};

// ACCESS.md gives the secrétariat de structure read access to its structure's files and no write
// right at all: no notes, no documents, nothing that changes the file.
const STRUCTURE_SECRETARIAT: Readonly<Record<FileAction, Grant>> = NOTHING;

// Siège reads everything and writes nothing; opérateur and gestionnaire FSE do not see files.
const GRANTS: Readonly<Record<Profile, Readonly<Record<FileAction, Grant>>>> = {
  referent: REFERENT,
  referent_fse: REFERENT,
  secretariat: TERRITORIAL,
  cadre: TERRITORIAL,
  secretariat_structure: STRUCTURE_SECRETARIAT,
  siege: NOTHING,
  operateur: NOTHING,
  gestionnaire_fse: NOTHING,
};

export function mayDo(viewer: Pick<Viewer, 'profiles'>, action: FileAction, context: FileActionContext): boolean {
  return viewer.profiles.some((profile) => {
    const grant = GRANTS[profile][action];
    return grant === 'yes' || (grant === 'own' && context.isOwnFile);
  });
}

// The actions to offer in the console for this file, so that it never shows one the server refuses.
export function availableFileActions(viewer: Pick<Viewer, 'profiles'>, context: FileActionContext): FileAction[] {
  return FILE_ACTIONS.filter((action) => mayDo(viewer, action, context));
}

export const FILE_ACTION_REFUSED = 'Vous n’avez pas le droit d’effectuer cette action sur ce dossier.';
