// Selectors of the reports "fins d'accompagnement à solliciter car droit clos" and "dossiers
// NSDD" (R3), over characteristic values as stored (codes, see characteristic-catalogue); labels
// are accepted too, for rows typed by hand or read from an old export.
import { foldForSearch } from '../fold-for-search';

// CNAF 5 "Droit clos" and 6 "Droit clos sur mois antérieur": the guide asks for a sortie de file
// active at the end of the month.
const CLOSED = new Set(['5', '6', 'droit clos', 'droit clos sur mois anterieur']);

export function isRightClosed(etatDuDroit: string | null): boolean {
  return etatDuDroit !== null && CLOSED.has(foldForSearch(etatDuDroit));
}

const NOT_SUBJECT = new Set(['nsdd', 'non soumis a droit et devoir', 'non soumis aux droits et devoirs']);

export function isNotSubjectToRightsAndDuties(sddNsdd: string | null): boolean {
  return sddNsdd !== null && NOT_SUBJECT.has(foldForSearch(sddNsdd));
}
