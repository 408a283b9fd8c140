import type { CerAgreement } from '../cer.type';
import { isCalendarDate } from '@rsa/vocabulary';
import { CER_DECISION_FIELDS, CER_FIELD_LABELS, CER_ORDINARY_FIELDS, type CerEditableField } from './cer-fields';

// The values of the CER form, as the console sends them (JSON), checked one by one. Empty
// strings mean "no value" because react-admin sends its whole form.
export type CerFieldValues = {
  number: number;
  start: string;
  end: string | null;
  signedOn: string | null;
  comment: string | null;
  lastContract: boolean;
  priority: string | null;
  situation: string | null;
  evaluation: string | null;
  expression: string | null;
  agreement: CerAgreement;
  departmentDecision: string | null;
  decision: string | null;
  validatedOn: string | null;
  notValidatedOn: string | null;
  referentNote: string | null;
};

export type CerValueField = keyof CerFieldValues;

// Every editable field carries a value except the objectives, edited through their own endpoint.
export const CER_VALUE_FIELDS: readonly CerValueField[] = [...CER_ORDINARY_FIELDS, ...CER_DECISION_FIELDS].filter(
  (field): field is CerValueField => field !== 'objectives',
);

export type CerFieldsParse =
  | { ok: true; values: Partial<CerFieldValues> }
  | { ok: false; field: CerValueField; message: string };

const AGREEMENTS: readonly CerAgreement[] = ['oui', 'nc', 'non'];
const DATE_FIELDS = new Set<CerValueField>(['start', 'end', 'signedOn', 'validatedOn', 'notValidatedOn']);
const SHORT_TEXT = new Set<CerValueField>(['priority', 'departmentDecision']);
const MAX_TEXT = 20_000;
const MAX_SHORT = 255;

const labelOf = (field: CerValueField): string => CER_FIELD_LABELS[field as CerEditableField];

type One = { ok: true; value: unknown } | { ok: false; message: string };

const parseOne = (field: CerValueField, raw: unknown): One => {
  const empty = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
  if (field === 'number') {
    const value = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 9999) {
      return { ok: false, message: 'Le numéro du CER doit être un nombre entier à partir de 1.' };
    }
    return { ok: true, value };
  }
  if (field === 'lastContract') {
    if (empty) return { ok: true, value: false };
    if (typeof raw !== 'boolean') return { ok: false, message: '« Dernier contrat » doit valoir oui ou non.' };
    return { ok: true, value: raw };
  }
  if (field === 'agreement') {
    if (typeof raw !== 'string' || !AGREEMENTS.includes(raw.trim().toLowerCase() as CerAgreement)) {
      return { ok: false, message: 'L’accord du bénéficiaire doit valoir « oui », « nc » ou « non ».' };
    }
    return { ok: true, value: raw.trim().toLowerCase() };
  }
  if (DATE_FIELDS.has(field)) {
    if (empty) {
      return field === 'start'
        ? { ok: false, message: 'La date de début du CER est obligatoire.' }
        : { ok: true, value: null };
    }
    if (!isCalendarDate(typeof raw === 'string' ? raw.trim() : raw)) {
      return { ok: false, message: `La ${labelOf(field)} n’est pas une date valide (AAAA-MM-JJ).` };
    }
    return { ok: true, value: (raw as string).trim() };
  }
  if (empty) return { ok: true, value: null };
  if (typeof raw !== 'string') return { ok: false, message: `Le champ « ${labelOf(field)} » doit être un texte.` };
  const max = SHORT_TEXT.has(field) ? MAX_SHORT : MAX_TEXT;
  if (raw.length > max) return { ok: false, message: `Le champ « ${labelOf(field)} » dépasse ${max} caractères.` };
  return { ok: true, value: raw.trim() };
};

// Parses the fields present in `body` (others are left out of `values`); checks the dates
// together: the end, when given, comes after the start.
export const parseCerFields = (
  body: Readonly<Record<string, unknown>>,
  current: { start: string | null; end: string | null } = { start: null, end: null },
): CerFieldsParse => {
  const values: Record<string, unknown> = {};
  for (const field of CER_VALUE_FIELDS) {
    if (!(field in body)) continue;
    const parsed = parseOne(field, body[field]);
    if (!parsed.ok) return { ok: false, field, message: parsed.message };
    values[field] = parsed.value;
  }
  const start = (values.start as string | undefined) ?? current.start;
  const end = 'end' in values ? (values.end as string | null) : current.end;
  if (start !== null && end !== null && end <= start) {
    return { ok: false, field: 'end', message: 'La date de fin doit être postérieure à la date de début du CER.' };
  }
  return { ok: true, values: values as Partial<CerFieldValues> };
};
