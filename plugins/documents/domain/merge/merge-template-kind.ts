// The kinds of Word templates merged outside the CER (FEATURES D1, A5; guide « Formulaires »,
// « Courriers », « Convocations »): what each is merged from, where its result is filed, and the
// logo variants a functional admin may give. The CER kinds stay the cer plugin's.
export const MERGE_TEMPLATE_KINDS = ['formulaire', 'courrier', 'convocation-individuelle', 'convocation-collective'] as const;
export type MergeTemplateKind = (typeof MERGE_TEMPLATE_KINDS)[number];

export const MERGE_TEMPLATE_KIND_LABELS: Readonly<Record<MergeTemplateKind, string>> = {
  formulaire: 'Formulaire',
  courrier: 'Courrier',
  'convocation-individuelle': 'Convocation individuelle',
  'convocation-collective': 'Convocation collective',
};

export const isMergeTemplateKind = (value: unknown): value is MergeTemplateKind =>
  typeof value === 'string' && (MERGE_TEMPLATE_KINDS as readonly string[]).includes(value);

/** A formulaire is merged from the file's summary; the others from one appointment. */
export type MergeSource = 'file' | 'appointment';
export const mergeSourceOf = (kind: MergeTemplateKind): MergeSource => (kind === 'formulaire' ? 'file' : 'appointment');

export const LOGO_VARIANTS = ['departement', 'fse', 'aucun'] as const;
export type LogoVariant = (typeof LOGO_VARIANTS)[number];
export const LOGO_VARIANT_LABELS: Readonly<Record<LogoVariant, string>> = { departement: 'Logo du Département', fse: 'Logo FSE', aucun: 'Sans logo' };

/**
 * The document type (nomenclature label, see the CMS seed) a merged result is filed under when the
 * template's entry does not name one: convocations in « Convocation », courriers in « Courrier de
 * relance », formulaires in « Formulaire » (folder « Parcours »).
 */
export const DEFAULT_FILING_TYPE: Readonly<Record<MergeTemplateKind, string>> = {
  formulaire: 'Formulaire',
  courrier: 'Courrier de relance',
  'convocation-individuelle': 'Convocation',
  'convocation-collective': 'Convocation',
};

export const shippedTemplateFileName = (kind: MergeTemplateKind): string => `${kind}.docx`;
