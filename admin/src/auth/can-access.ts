// What the console shows to whom (react-admin access control). The server decides every request
// on its own (ACCESS.md); this only hides menus, buttons and pages it would refuse. The
// authProvider finds the user's profiles and login and delegates here.

import type { Profile } from '@rsa/vocabulary';

export { PROFILES, type Profile } from '@rsa/vocabulary';

export const RESOURCES = [
  'beneficiaries',
  'assignments',
  'genesis-imports',
  'cers',
  'reports',
  'audit-entries',
  'users',
  'appointments',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete', 'export'] as const;
export type Action = (typeof ACTIONS)[number];

// react-admin passes plain strings and the record as loaded; anything unknown is refused.
export type AccessRequest = {
  action: string;
  resource: string;
  record?: Readonly<Record<string, unknown>>;
};

type Rule = (profiles: readonly Profile[], record: AccessRequest['record'], login: string | undefined) => boolean;

const anyOf =
  (...allowed: Profile[]): Rule =>
  (profiles) =>
    profiles.some((p) => allowed.includes(p));

const never: Rule = () => false;

// Opérateurs and gestionnaires FSE never see a beneficiary file (ACCESS.md).
const FILE_READERS: Profile[] = ['referent', 'referent_fse', 'secretariat', 'secretariat_structure', 'cadre', 'siege'];
const REFERENTS: Profile[] = ['referent', 'referent_fse'];
const REPORT_READERS: Profile[] = ['secretariat', 'secretariat_structure', 'cadre', 'siege', 'referent', 'referent_fse'];

// A référent ends only their own assignment (the sortie de file active). Without a record
// (an edit button not yet bound to a row) the answer is the hopeful one; the row decides.
const editAssignment: Rule = (profiles, record, login) => {
  if (anyOf('secretariat', 'cadre')(profiles, record, login)) return true;
  if (!anyOf(...REFERENTS)(profiles, record, login)) return false;
  if (record === undefined) return true;
  return login !== undefined && record.login === login;
};

// ACCESS.md: a user may edit a CER only in a state they may move it out of.
const CER_EDITABLE_STATES: Readonly<Partial<Record<Profile, readonly string[]>>> = {
  referent: ['proposition'],
  referent_fse: ['proposition'],
  secretariat: ['soumis_etude', 'etude_commission'],
  cadre: ['soumis_etude', 'etude_commission', 'attente_decision', 'valide', 'non_valide'],
};

const editCer: Rule = (profiles, record) =>
  profiles.some((p) => {
    const states = CER_EDITABLE_STATES[p];
    if (states === undefined) return false;
    return record === undefined || (typeof record.state === 'string' && states.includes(record.state));
  });

const RULES: Readonly<Record<Resource, Partial<Record<Action, Rule>>>> = {
  beneficiaries: { list: anyOf(...FILE_READERS), show: anyOf(...FILE_READERS) },
  assignments: { edit: editAssignment, create: anyOf('secretariat', 'cadre') },
  'genesis-imports': { list: anyOf('secretariat', 'cadre', 'siege'), show: anyOf('secretariat', 'cadre', 'siege') },
  cers: {
    list: anyOf(...FILE_READERS),
    show: anyOf(...FILE_READERS),
    create: anyOf(...REFERENTS),
    edit: editCer,
  },
  reports: { list: anyOf(...REPORT_READERS), show: anyOf(...REPORT_READERS), export: anyOf(...REPORT_READERS) },
  'audit-entries': { list: anyOf('cadre', 'siege'), show: anyOf('cadre', 'siege') },
  // Accounts are managed in the CMS admin panel by functional admins, never in the console.
  users: {},
  // ACCESS.md: appointments on own files (référents), the territory (secretariat, cadre); siège reads.
  appointments: {
    list: anyOf(...FILE_READERS),
    show: anyOf(...FILE_READERS),
    create: anyOf(...REFERENTS, 'secretariat', 'cadre'),
    edit: anyOf(...REFERENTS, 'secretariat', 'cadre'),
  },
};

function isResource(value: string): value is Resource {
  return (RESOURCES as readonly string[]).includes(value);
}

function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

// One report is the list resource `reports/<name>` (its rows come from GET /reports/<name>): it
// follows the rules of `reports`; the server alone decides which reports a user may run.
const REPORT_PREFIX = 'reports/';
const resourceOf = (resource: string): string =>
  resource.startsWith(REPORT_PREFIX) && resource.length > REPORT_PREFIX.length && !resource.slice(REPORT_PREFIX.length).includes('/') ? 'reports' : resource;

export function canAccess(profiles: readonly Profile[], request: AccessRequest, login?: string): boolean {
  const resource = resourceOf(request.resource);
  if (!isResource(resource) || !isAction(request.action)) return false;
  const rule = RULES[resource][request.action] ?? never;
  return rule(profiles, request.record, login);
}
