// Date parameters of the reports (R3): a period [from, to], both days included.
import { type CalendarDate, type ReportParamDescription, addDays, daysBetween, formatFrenchDate, isCalendarDate } from '@rsa/vocabulary';

export type ReportPeriod = { from: CalendarDate; to: CalendarDate };

// The guide's "file active référent de parcours" opens on the last 7 days, today included.
export function defaultReportPeriod(today: CalendarDate, days = 7): ReportPeriod {
  return { from: addDays(today, -(days - 1)), to: today };
}

/**
 * The « Du » / « Au » inputs of a report filled with the period it applies when they are left
 * empty: the form shows the period the rows come from instead of blank fields.
 */
export function withPeriodDefaults(params: readonly ReportParamDescription[], period: ReportPeriod): ReportParamDescription[] {
  return params.map((p) => (p.kind === 'date' && (p.name === 'from' || p.name === 'to') && p.defaultValue === undefined ? { ...p, defaultValue: period[p.name] } : p));
}

// Ten years covers every history the application holds and keeps a typo (2204) from asking for
// a scan of everything.
export const MAX_PERIOD_DAYS = 3660;

export function validateReportPeriod(input: { from: string; to: string }): { ok: true; period: ReportPeriod } | { ok: false; message: string } {
  if (!isCalendarDate(input.from)) return { ok: false, message: 'La date de début de la période n’est pas une date valide.' };
  if (!isCalendarDate(input.to)) return { ok: false, message: 'La date de fin de la période n’est pas une date valide.' };
  if (input.to < input.from) {
    return {
      ok: false,
      message: `La fin de la période (${formatFrenchDate(input.to)}) précède son début (${formatFrenchDate(input.from)}).`,
    };
  }
  if (daysBetween(input.from, input.to) > MAX_PERIOD_DAYS) {
    return { ok: false, message: 'La période ne peut pas dépasser dix ans.' };
  }
  return { ok: true, period: { from: input.from, to: input.to } };
}

export function isWithinPeriod(date: CalendarDate | null, period: ReportPeriod): boolean {
  return date !== null && date >= period.from && date <= period.to;
}
