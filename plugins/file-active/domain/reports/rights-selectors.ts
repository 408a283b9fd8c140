// Selectors of the reports "fins d'accompagnement à solliciter car droit clos" and "dossiers
// NSDD" (R3), over characteristic values as stored (codes, see characteristic-catalogue); labels
// are accepted too, for rows typed by hand or read from an old export. The reports' SQL compares
// the raw value with the stored values whose foldForSearch is in these lists (rawValuesFoldingTo).
import { RIGHTS_STATE_LABELS, SDD_LABELS, foldForSearch, isClosedRightsState, isRightsState } from '@rsa/vocabulary';

// CNAF 5 "Droit clos" and 6 "Droit clos sur mois antérieur": the guide asks for a sortie de file
// active at the end of the month.
export const CLOSED_RIGHTS_VALUES: readonly string[] = Object.keys(RIGHTS_STATE_LABELS)
  .filter((code) => isRightsState(code) && isClosedRightsState(code))
  .flatMap((code) => [foldForSearch(code), foldForSearch(RIGHTS_STATE_LABELS[code as keyof typeof RIGHTS_STATE_LABELS])]);

export function isRightClosed(etatDuDroit: string | null): boolean {
  return etatDuDroit !== null && CLOSED_RIGHTS_VALUES.includes(foldForSearch(etatDuDroit));
}

// The code, its label, and the guide's wording "Non soumis à droit et devoir".
export const NOT_SUBJECT_VALUES: readonly string[] = [SDD_LABELS.NSDD, 'NSDD', 'Non soumis à droit et devoir'].map(foldForSearch);

export function isNotSubjectToRightsAndDuties(sddNsdd: string | null): boolean {
  return sddNsdd !== null && NOT_SUBJECT_VALUES.includes(foldForSearch(sddNsdd));
}
