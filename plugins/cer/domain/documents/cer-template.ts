import type { CerState } from '@rsa/vocabulary';

// The four Word templates of FEATURES C4, shipped in plugins/cer/templates/ as
// `cer-<name>.docx` and built by scripts/make-cer-templates.ts.
export const CER_TEMPLATE_NAMES = ['sans-decision', 'decision-valide', 'decision-non-valide', 'vierge'] as const;

export type CerTemplateName = (typeof CER_TEMPLATE_NAMES)[number];

export const CER_TEMPLATE_LABELS: Record<CerTemplateName, string> = {
  'sans-decision': 'CER sans décision',
  'decision-valide': 'CER décision valide',
  'decision-non-valide': 'CER décision non valide',
  vierge: 'CER vierge',
};

export const isCerTemplateName = (value: unknown): value is CerTemplateName =>
  typeof value === 'string' && (CER_TEMPLATE_NAMES as readonly string[]).includes(value);

export const cerTemplateFileName = (name: CerTemplateName): string => `cer-${name}.docx`;

// The template the console proposes first; the user may still pick another one (the old system
// did not restrict it either, and "vierge" is for printing blank forms).
export const templateForState = (state: CerState): CerTemplateName => {
  switch (state) {
    case 'valide':
      return 'decision-valide';
    case 'non_valide':
      return 'decision-non-valide';
    case 'proposition':
    case 'soumis_etude':
    case 'etude_commission':
    case 'attente_decision':
      return 'sans-decision';
  }
};
