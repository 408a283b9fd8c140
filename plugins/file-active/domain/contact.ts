// Phone and e-mail of a beneficiary (F10). Numbers are stored in E.164 so that SMS reminders and
// the CER signature code (A3, C5) reach the right line, and shown the French way.
import { type CountryCode, type PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type PhoneResult =
  | { ok: true; e164: string; display: string; mobile: boolean }
  | { ok: false; message: string };

export type EmailResult = { ok: true; email: string } | { ok: false; message: string };

const PHONE_INVALID =
  'Numéro de téléphone invalide : saisissez un numéro français à 10 chiffres (ex. 06 12 34 56 78) ' +
  'ou un numéro international commençant par +.';

// Overseas départements share the French numbering plan: their numbers are written nationally
// (0692 …) and a user may type them so; they are tried after metropolitan France.
const NATIONAL_REGIONS: readonly CountryCode[] = ['FR', 'RE', 'YT', 'GP', 'MQ', 'GF', 'PM', 'BL', 'MF'];
const FRENCH_PLAN_CALLING_CODES: ReadonlySet<string> = new Set(['33', '262', '590', '594', '596', '508']);

// Digits and the separators people use; anything else (letters, a second number glued on)
// means the input is not one number, even if a number can be fished out of it.
const PHONE_CHARACTERS = /^\+?[\d\s.\-/()]+$/;
const PHONE_MAX_LENGTH = 30;

// The one reading of a number (trimmed input): the first region of the French plan where it is valid.
function parseFrenchPhone(trimmed: string): PhoneNumber | undefined {
  if (trimmed === '' || trimmed.length > PHONE_MAX_LENGTH || !PHONE_CHARACTERS.test(trimmed)) return undefined;
  const regions = trimmed.startsWith('+') || trimmed.startsWith('00') ? NATIONAL_REGIONS.slice(0, 1) : NATIONAL_REGIONS;
  for (const region of regions) {
    const phone = parsePhoneNumberFromString(trimmed, region);
    if (phone !== undefined && phone.isValid()) return phone;
  }
  return undefined;
}

export function normalizeFrenchPhone(input: string): PhoneResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: 'Le numéro de téléphone est vide.' };
  const phone = parseFrenchPhone(trimmed);
  if (phone === undefined) return { ok: false, message: PHONE_INVALID };
  const type = phone.getType();
  return {
    ok: true,
    e164: phone.number,
    display: FRENCH_PLAN_CALLING_CODES.has(phone.countryCallingCode) ? phone.formatNational() : phone.formatInternational(),
    mobile: type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE',
  };
}

/**
 * `normalizeFrenchPhone(input).e164`, or null when it is not a number, without the type and the
 * display form: those cost ~15 × the parsing (the Genesis import stores 100,000 numbers a night).
 */
export function frenchPhoneE164(input: string): string | null {
  return parseFrenchPhone(input.trim())?.number ?? null;
}

const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

// The practical subset of RFC 5321 that mail actually flows through: no quoted local parts, no
// IP literals, a domain with a dot. The domain is lowercased (case-insensitive by definition);
// the local part is kept as typed.
export function validateEmail(input: string): EmailResult {
  const email = input.trim();
  const invalid: EmailResult = { ok: false, message: 'Adresse e-mail invalide (ex. prenom.nom@exemple.fr).' };
  if (email === '') return { ok: false, message: 'L’adresse e-mail est vide.' };
  if (email.length > EMAIL_MAX_LENGTH) return invalid;
  const at = email.lastIndexOf('@');
  if (at <= 0) return invalid;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  if (local.length > 64 || !LOCAL_PART.test(local)) return invalid;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return invalid;
  if (!/^[a-z]{2,63}$/.test(labels[labels.length - 1])) return invalid;
  return { ok: true, email: `${local}@${domain}` };
}
