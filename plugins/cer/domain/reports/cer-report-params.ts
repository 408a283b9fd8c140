// Parameters of the CER reports (FEATURES C6), checked before any query: a date window
// (from / to, or the last N days as in the old report generator), states, a renewal horizon.
import { CER_STATES, CER_STATE_LABELS, isCerState, type CerState } from '@rsa/vocabulary';
import { addDays, isCalendarDate } from '@rsa/vocabulary';

export type ReportWindow = { from: string; to: string };
export type ParamCheck<T> = { ok: true; value: T } | { ok: false; message: string };

const DEFAULT_WINDOW_DAYS = 30;
const MAX_HORIZON = 3660;

const blank = (value: unknown): boolean => value === undefined || value === null || value === '';

/** `from`/`to` (YYYY-MM-DD, inclusive), else `lastDays` back from today, else the last 30 days. */
export const parseReportWindow = (input: { from?: unknown; to?: unknown; lastDays?: unknown }, today: string): ParamCheck<ReportWindow> => {
  if (blank(input.from) && blank(input.to)) {
    const days = blank(input.lastDays) ? DEFAULT_WINDOW_DAYS : Number(input.lastDays);
    if (!Number.isInteger(days) || days < 0 || days > MAX_HORIZON) return { ok: false, message: 'Le nombre de jours doit être un entier positif.' };
    return { ok: true, value: { from: addDays(today, -days), to: today } };
  }
  for (const [name, value] of [['début', input.from], ['fin', input.to]] as const) {
    if (!isCalendarDate(value)) return { ok: false, message: `La date de ${name} de la période est obligatoire (AAAA-MM-JJ).` };
  }
  const window = { from: input.from as string, to: input.to as string };
  if (window.from > window.to) return { ok: false, message: 'La date de début de la période doit précéder sa date de fin.' };
  return { ok: true, value: window };
};

/** One state, several separated by commas, or an array; none means every state. */
export const parseReportStates = (raw: unknown): ParamCheck<CerState[]> => {
  if (blank(raw)) return { ok: true, value: [] };
  const list = (Array.isArray(raw) ? raw : String(raw).split(',')).map((s) => String(s).trim()).filter((s) => s !== '');
  const unknown = list.filter((s) => !isCerState(s));
  if (unknown.length > 0) {
    return { ok: false, message: `État de CER inconnu : ${unknown.join(', ')}. États possibles : ${CER_STATES.map((s) => `${s} (${CER_STATE_LABELS[s]})`).join(', ')}.` };
  }
  return { ok: true, value: [...new Set(list as CerState[])] };
};

/** Renewal horizon in days: positive = ending within N days (overdue included), negative = overdue by at least |N| days. */
export const parseRenewalDays = (raw: unknown, fallback = 30): ParamCheck<number> => {
  if (blank(raw)) return { ok: true, value: fallback };
  const days = Number(raw);
  if (!Number.isInteger(days) || Math.abs(days) > MAX_HORIZON) return { ok: false, message: 'Le nombre de jours doit être un entier (négatif pour les CER échus).' };
  return { ok: true, value: days };
};
