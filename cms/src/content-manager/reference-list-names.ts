// French names of the reference lists (api::reference-item's `list` codes). The codes are what
// the server reads (console pickers, validation); the names are what a functional admin sees.
// Shared by the server (labels) and the admin panel (list picker, « Listes de référence » page).
export const REFERENCE_LIST_NAMES = {
  standby_motif: 'Motifs de veille',
  appointment_type: "Types d'entretien",
  appointment_theme: "Thèmes d'entretien",
  appointment_outcome: "Suites d'entretien",
  place: 'Lieux de rendez-vous',
  cer_objective_theme: 'Thèmes des objectifs du CER',
  cer_priority: 'Priorités du CER',
  step_end_reason: "Motifs de fin d'étape",
  event_type: "Types d'événement",
  job_wish: 'Métiers souhaités',
  sector_wish: "Secteurs d'activité souhaités",
  skill: 'Compétences',
  difficulty: 'Difficultés (freins)',
} as const;

export type ReferenceListCode = keyof typeof REFERENCE_LIST_NAMES;

export const REFERENCE_LIST_CODES = Object.keys(REFERENCE_LIST_NAMES) as ReferenceListCode[];

export const referenceListName = (code: string): string =>
  (REFERENCE_LIST_NAMES as Record<string, string>)[code] ?? code;
