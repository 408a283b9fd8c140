import type { Cer } from '../cer.type';
import { daysBetween } from '@rsa/vocabulary';

// Days left before the CER ends (negative = overdue). A "dernier contrat" never asks for a
// renewal, and a CER without an end date has nothing to count down to: both give null, which
// the C6 report and the R1 alert read as "not to renew".
export const daysUntilRenewal = (
  cer: Pick<Cer, 'end' | 'lastContract'>,
  today: string,
): number | null => {
  if (cer.lastContract || cer.end === null) return null;
  return daysBetween(today, cer.end);
};
