import type { CerAgreement } from '../cer.type';
import { formatFrenchDate } from '@rsa/vocabulary';
import type { CerDocumentData } from './cer-document-data.type';

// The tags a CER template may use: flat names, because docxtemplater's default parser does not
// follow dotted paths.
export const CER_TEMPLATE_TAGS = [
  'civility',
  'lastName',
  'firstName',
  'birthDate',
  'fileNumber',
  'address',
  'fullName',
  'referentName',
  'referentStructure',
  'number',
  'start',
  'end',
  'signedOn',
  'situation',
  'evaluation',
  'expression',
  'agreement',
  'departmentDecision',
  'decision',
  'validatedOn',
  'notValidatedOn',
  'objectives',
  'theme',
  'description',
] as const;

export type CerTemplateTag = (typeof CER_TEMPLATE_TAGS)[number];

// What each tag prints, for the functional admin writing a template (shown in the CMS).
export const CER_TEMPLATE_TAG_LABELS: Record<CerTemplateTag, string> = {
  civility: 'Civilité de la personne accompagnée',
  lastName: 'Nom',
  firstName: 'Prénom',
  birthDate: 'Date de naissance (jj/mm/aaaa)',
  fileNumber: 'Numéro de dossier',
  address: 'Adresse (plusieurs lignes)',
  fullName: 'Prénom et NOM, pour la signature',
  referentName: 'Nom du référent',
  referentStructure: 'Structure du référent',
  number: 'Numéro du CER',
  start: 'Date de début (jj/mm/aaaa)',
  end: 'Date de fin (jj/mm/aaaa)',
  signedOn: 'Date de signature (jj/mm/aaaa)',
  situation: 'Situation de la personne',
  evaluation: 'Évaluation du précédent contrat',
  expression: 'Expression de la personne accompagnée',
  agreement: 'Accord sur le contenu du contrat (Oui, Non, Non communiqué)',
  departmentDecision: 'Décision du Département',
  decision: 'Motif ou détail de la décision',
  validatedOn: 'Date de validation (jj/mm/aaaa)',
  notValidatedOn: 'Date de non-validation (jj/mm/aaaa)',
  objectives: 'Boucle sur les objectifs : {#objectives}…{/objectives} ; {^objectives}…{/objectives} quand il n’y en a aucun',
  theme: 'Thème de l’objectif (dans la boucle des objectifs)',
  description: 'Description de l’objectif (dans la boucle des objectifs)',
};

// Tags that only mean something inside their loop.
export const CER_TEMPLATE_LOOPS: Partial<Record<CerTemplateTag, readonly CerTemplateTag[]>> = {
  objectives: ['theme', 'description'],
};

export type CerTemplateVariables = Record<Exclude<CerTemplateTag, 'objectives' | 'theme' | 'description'>, string> & {
  objectives: { theme: string; description: string }[];
};

const AGREEMENT_LABELS: Record<CerAgreement, string> = {
  oui: 'Oui',
  non: 'Non',
  nc: 'Non communiqué',
};

const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).trim();

const joinLines = (lines: readonly string[]): string => lines.filter((line) => line !== '').join('\n');

// Builds the merge data field by field: whatever else the caller's objects carry (the internal
// comment, the priority…) cannot reach a template, even one an admin edits to ask for it.
export const cerTemplateVariables = (data: CerDocumentData): CerTemplateVariables => {
  const { beneficiary, referent, cer } = data;
  const address = beneficiary.address;
  return {
    civility: text(beneficiary.civility),
    lastName: text(beneficiary.lastName),
    firstName: text(beneficiary.firstName),
    birthDate: formatFrenchDate(beneficiary.birthDate),
    fileNumber: text(beneficiary.fileNumber),
    // For the signature block: "Prénom NOM", the French administrative habit.
    fullName: [text(beneficiary.firstName), text(beneficiary.lastName).toLocaleUpperCase('fr-FR')]
      .filter((part) => part !== '')
      .join(' '),
    address: address
      ? joinLines([
          text(address.line1),
          text(address.line2),
          [text(address.postalCode), text(address.city)].filter((part) => part !== '').join(' '),
        ])
      : '',
    referentName: text(referent?.name),
    referentStructure: text(referent?.structure),
    number: text(cer.number),
    start: formatFrenchDate(cer.start),
    end: formatFrenchDate(cer.end),
    signedOn: formatFrenchDate(cer.signedOn),
    situation: text(cer.situation),
    evaluation: text(cer.evaluation),
    expression: text(cer.expression),
    agreement: cer.agreement in AGREEMENT_LABELS ? AGREEMENT_LABELS[cer.agreement] : '',
    departmentDecision: text(cer.departmentDecision),
    decision: text(cer.decision),
    validatedOn: formatFrenchDate(cer.validatedOn),
    notValidatedOn: formatFrenchDate(cer.notValidatedOn),
    objectives: cer.objectives.map((objective) => ({
      theme: text(objective.theme),
      description: text(objective.description),
    })),
  };
};
