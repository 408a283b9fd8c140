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
  'offers',
  'enrolments',
  'offer-reports',
  'events',
  'event-registrations',
  'alerts',
  'charts',
  'cer-queue',
  'movements',
  'appointments',
  'fse-operations',
  'fse-conventions',
  'fse-completeness',
  'fse-conflicts',
  'appointment-collectives',
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
// ACCESS.md: who positions on offers and events (siège configures, enrols nobody).
const ENROLLERS: Profile[] = ['referent', 'referent_fse', 'secretariat', 'cadre'];
const REPORT_READERS: Profile[] = ['secretariat', 'secretariat_structure', 'cadre', 'siege', 'referent', 'referent_fse'];

// A référent ends only their own assignment (the sortie de file active). Without a record
// (an edit button not yet bound to a row) the answer is the hopeful one; the row decides.
const editAssignment: Rule = (profiles, record, login) => {
  if (anyOf('secretariat', 'cadre')(profiles, record, login)) return true;
  if (!anyOf(...REFERENTS)(profiles, record, login)) return false;
  if (record === undefined) return true;
  return login !== undefined && record.login === login;
};

// A CER's edit button follows the server's answer for that CER and user (`editable.canEdit`, from
// the cer plugin's domain): the console does not restate which states are editable. Without a
// record, the profiles that ever edit one.
const editCer: Rule = (profiles, record) => {
  if (record === undefined) return anyOf(...REFERENTS, 'secretariat', 'cadre')(profiles, record, undefined);
  const editable = record.editable as { canEdit?: unknown } | undefined;
  return editable?.canEdit === true;
};

const RULES: Readonly<Record<Resource, Partial<Record<Action, Rule>>>> = {
  beneficiaries: { list: anyOf(...FILE_READERS), show: anyOf(...FILE_READERS, 'operateur') },
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
  // The catalogue for whoever enrols or configures; an opérateur sees their own offers.
  offers: { list: anyOf(...ENROLLERS, 'siege', 'operateur'), show: anyOf(...ENROLLERS, 'siege', 'operateur') },
  // The answer list is the opérateur's; positionner is for référents, secrétariats, cadres.
  enrolments: { list: anyOf('operateur'), create: anyOf(...ENROLLERS) },
  // Events (O5): listed for whoever enrols, configures or organises; registration by those who enrol.
  events: { list: anyOf(...ENROLLERS, 'siege', 'operateur'), show: anyOf(...ENROLLERS, 'siege', 'operateur') },
  'event-registrations': { create: anyOf(...ENROLLERS) },
  'offer-reports': { list: anyOf('operateur', 'cadre', 'siege'), export: anyOf('operateur', 'cadre', 'siege') },
  // The infocentre (R1, R4): alerts for whoever reads files; charts for cadres and the siège.
  alerts: { list: anyOf(...FILE_READERS), show: anyOf(...FILE_READERS) },
  charts: { list: anyOf('cadre', 'siege') },
  // Behind « Mon tableau de bord » (R2): the CERs of a state or waiting for me, the month's movements.
  'cer-queue': { list: anyOf(...FILE_READERS) },
  movements: { list: anyOf(...FILE_READERS) },
  // ACCESS.md: appointments on own files (référents), the territory (secretariat, cadre); siège reads.
  appointments: {
    list: anyOf(...FILE_READERS),
    show: anyOf(...FILE_READERS),
    create: anyOf(...REFERENTS, 'secretariat', 'cadre'),
    edit: anyOf(...REFERENTS, 'secretariat', 'cadre'),
  },
  // ACCESS.md: the gestionnaire FSE manages operations and reads every convention; the référent
  // FSE fills the questionnaires of their files, the opérateur those of their offers' étapes;
  // whoever reads a file sees its pastilles (a convention opens from the file's FSE tab).
  'fse-operations': { list: anyOf('gestionnaire_fse'), create: anyOf('gestionnaire_fse'), edit: anyOf('gestionnaire_fse') },
  'fse-conventions': { list: anyOf('gestionnaire_fse', 'referent_fse', 'operateur'), show: anyOf('gestionnaire_fse', 'operateur', ...FILE_READERS), export: anyOf('gestionnaire_fse') },
  'fse-completeness': { list: anyOf('gestionnaire_fse') },
  'fse-conflicts': { list: anyOf('gestionnaire_fse') },
  // A4: a collective appointment is booked and its attendance noted by the same profiles.
  'appointment-collectives': { create: anyOf(...REFERENTS, 'secretariat', 'cadre'), edit: anyOf(...REFERENTS, 'secretariat', 'cadre') },
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
// Likewise one alert's rows (`alert-rows/<name>`) follow `alerts`, one movement list (`movements/<kind>`) `movements`.
const NAMED_LISTS: ReadonlyArray<[prefix: string, resource: Resource]> = [
  [REPORT_PREFIX, 'reports'],
  ['alert-rows/', 'alerts'],
  ['movements/', 'movements'],
];
const resourceOf = (resource: string): string => {
  const named = NAMED_LISTS.find(([prefix]) => resource.startsWith(prefix) && resource.length > prefix.length && !resource.slice(prefix.length).includes('/'));
  return named ? named[1] : resource;
};

export function canAccess(profiles: readonly Profile[], request: AccessRequest, login?: string): boolean {
  const resource = resourceOf(request.resource);
  if (!isResource(resource) || !isAction(request.action)) return false;
  const rule = RULES[resource][request.action] ?? never;
  return rule(profiles, request.record, login);
}
