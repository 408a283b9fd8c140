import type { Cer, CerObjective } from '../cer.type';

// What a CER document prints. Deliberately without the internal comment, the priority and the
// note pour le référent: those never leave the console (guide, « Elaboration d'un CER »).
export type CerPrintedFields = Pick<
  Cer,
  | 'number'
  | 'start'
  | 'end'
  | 'signedOn'
  | 'situation'
  | 'evaluation'
  | 'expression'
  | 'agreement'
  | 'departmentDecision'
  | 'decision'
  | 'validatedOn'
  | 'notValidatedOn'
> & { objectives: readonly CerObjective[] };

export type CerDocumentAddress = {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
};

export type CerDocumentData = {
  beneficiary: {
    civility: string | null;
    lastName: string | null;
    firstName: string | null;
    birthDate: string | null;
    fileNumber: string | null;
    address: CerDocumentAddress | null;
  };
  referent: { name: string | null; structure: string | null } | null;
  cer: CerPrintedFields;
};
