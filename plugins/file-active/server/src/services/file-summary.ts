// What the file summary (F4) adds to the raw file: the actions the user may take on it, the
// accompaniment label ("Entrée - 9 mois"), missing required characteristics, the suggested
// sortie dates, the MIDEM request and its status. Pure: the rules are the domain's.
import { accompanimentLabel } from '@rsa/vocabulary';
import { missingRequired, missingRequiredLabel, type CharacteristicCatalogue, type CurrentCharacteristic } from '../../../domain/characteristic-catalogue';
import { exitWarning, suggestedExitDates } from '../../../domain/caseload-exit';
import type { FileAction } from '../../../domain/file-actions';
import { MIDEM_REQUEST_STATUS_LABELS, midemRequestStatus, type MidemRequestStatus } from '../../../domain/midem';
import type { FileState } from '../../../domain/standby';

export const MIDEM_FAMILY = 'AdministratifCD07';
export const MIDEM_REQUEST_MOTIF = 'Motif demande de MIDEM';
export const MIDEM_REQUEST_DATE = 'Date demande de MIDEM';
export const MIDEM_FEED_DATE = 'Date MIDEM';

export type MidemRequestView = { motif: string | null; requestedOn: string | null; midemOn: string | null; status: MidemRequestStatus; statusLabel: string };

const valueOf = (current: readonly CurrentCharacteristic[], family: string, name: string): string | null =>
  current.find((c) => c.family === family && c.name === name)?.value ?? null;

export const midemRequestOf = (current: readonly CurrentCharacteristic[]): MidemRequestView | null => {
  const requestedOn = valueOf(current, MIDEM_FAMILY, MIDEM_REQUEST_DATE);
  const motif = valueOf(current, MIDEM_FAMILY, MIDEM_REQUEST_MOTIF);
  if (requestedOn === null && motif === null) return null;
  const midemOn = valueOf(current, MIDEM_FAMILY, MIDEM_FEED_DATE);
  const status = midemRequestStatus({ requestedOn, motif }, midemOn);
  return { motif, requestedOn, midemOn, status, statusLabel: MIDEM_REQUEST_STATUS_LABELS[status] };
};

export const summaryExtras = (
  file: { state: FileState; enteredOn: string | null; characteristics: readonly CurrentCharacteristic[]; actions: FileAction[] },
  today: string,
  catalogue: CharacteristicCatalogue,
) => {
  const missing = missingRequired(catalogue, file.characteristics);
  const exitDates = suggestedExitDates(today);
  return {
    actions: file.actions,
    accompanimentLabel: file.enteredOn ? accompanimentLabel(file.state, file.enteredOn, today) : null,
    missingCharacteristics: missing.map((d) => ({ family: d.family, name: d.name })),
    missingCharacteristicsLabel: missingRequiredLabel(missing.length),
    suggestedExitDates: exitDates.map((date) => ({ date, warning: exitWarning(date) })),
    midemRequest: midemRequestOf(file.characteristics),
  };
};
