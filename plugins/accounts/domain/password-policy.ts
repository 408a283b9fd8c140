// CNIL deliberation 2022-100 (about 80 bits of entropy for a password alone) as ACCESS.md
// states it, plus the refusals ASVS level 2 asks for: the login, the user's names and the
// passwords every attacker tries first. No periodic change and no other composition rule.
import { COMMON_PASSWORDS } from './common-passwords';

export type PasswordContext = {
  login: string;
  firstName?: string | null;
  lastName?: string | null;
};

export type PasswordCheck = { ok: true } | { ok: false; reasons: string[] };

export const MIN_LENGTH_ALL_CLASSES = 12;
export const MIN_LENGTH_THREE_CLASSES = 14;
// ASVS 2.1.2 wants at least 64 accepted and refuses beyond 128; a bound also keeps one
// login request from making the hash work on megabytes.
export const MAX_LENGTH = 128;
// Shorter name parts ("Lu", "Ba") occur inside too many ordinary words to be refused.
const MIN_PERSONAL_PART_LENGTH = 3;

type CharacterClasses = { upper: boolean; lower: boolean; digit: boolean; special: boolean };

function characterClasses(password: string): CharacterClasses {
  return {
    upper: /\p{Lu}/u.test(password),
    lower: /\p{Ll}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    // Anything that is neither a letter nor a digit, space included, as CNIL counts it.
    special: /[^\p{L}\p{Nd}]/u.test(password),
  };
}

// Lowercase without accents, so that "Élodie" in a password matches the first name "elodie".
function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

// Substitutions people make to "strengthen" a word: undone before the common-password lookup.
const LEET: Readonly<Record<string, string>> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '€': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  '$': 's',
  '5': 's',
  '7': 't',
};

function stripEnds(folded: string): string {
  return folded.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '');
}

// The candidates a password is looked up under: its core once digits and specials are taken off
// both ends ("Azerty2024!" → "azerty"), and that core with substitutions undone
// ("P@ssw0rd123" → "p@ssw0rd" → "password").
export function commonPasswordCandidates(password: string): string[] {
  const core = stripEnds(fold(password));
  const unleeted = stripEnds(Array.from(core, (c) => LEET[c] ?? c).join(''));
  return [...new Set([core, unleeted].filter((c) => c.length > 0))];
}

const COMMON: ReadonlySet<string> = new Set(
  COMMON_PASSWORDS.flatMap((p) => commonPasswordCandidates(p)),
);

// "azertyazerty" is no better than "azerty".
function isRepetitionOfCommon(candidate: string): boolean {
  for (let size = 1; size <= candidate.length / 2; size += 1) {
    if (candidate.length % size !== 0) continue;
    const unit = candidate.slice(0, size);
    if (unit.repeat(candidate.length / size) === candidate && (size === 1 || COMMON.has(unit))) {
      return true;
    }
  }
  return false;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswordCandidates(password).some((c) => COMMON.has(c) || isRepetitionOfCommon(c));
}

function personalParts(context: PasswordContext): string[] {
  const wholes = [context.login, context.firstName ?? '', context.lastName ?? ''].map(fold);
  // "jean-pierre.dupont" gives "jean", "pierre", "dupont" and the whole login.
  const parts = wholes.flatMap((w) => [w, ...w.split(/[^\p{L}\p{Nd}]+/u)]);
  return [...new Set(parts.filter((p) => p.length >= MIN_PERSONAL_PART_LENGTH))];
}

export function containsPersonalData(password: string, context: PasswordContext): boolean {
  const folded = fold(password);
  const lettersAndDigits = folded.replace(/[^\p{L}\p{Nd}]/gu, '');
  return personalParts(context).some((part) => {
    const compact = part.replace(/[^\p{L}\p{Nd}]/gu, '');
    return folded.includes(part) || (compact.length > 0 && lettersAndDigits.includes(compact));
  });
}

const COMPOSITION_REASON =
  'Le mot de passe doit contenir au moins 12 caractères mêlant majuscules, minuscules, chiffres ' +
  'et caractères spéciaux, ou au moins 14 caractères mêlant majuscules, minuscules et chiffres.';

function compositionDetails(password: string): string | null {
  const length = [...password].length;
  const classes = characterClasses(password);
  const threeClasses = classes.upper && classes.lower && classes.digit;
  if (threeClasses && length >= MIN_LENGTH_THREE_CLASSES) return null;
  if (threeClasses && classes.special && length >= MIN_LENGTH_ALL_CLASSES) return null;
  const missing = [
    classes.upper ? null : 'majuscule',
    classes.lower ? null : 'minuscule',
    classes.digit ? null : 'chiffre',
  ].filter((m): m is string => m !== null);
  const detail =
    missing.length > 0
      ? ` Il manque : ${missing.join(', ')}.`
      : ` Il contient ${length} caractère${length > 1 ? 's' : ''}.`;
  return COMPOSITION_REASON + detail;
}

export function checkPassword(password: string, context: PasswordContext): PasswordCheck {
  const reasons: string[] = [];
  if ([...password].length > MAX_LENGTH) {
    reasons.push(`Le mot de passe ne doit pas dépasser ${MAX_LENGTH} caractères.`);
  }
  const composition = compositionDetails(password);
  if (composition !== null) reasons.push(composition);
  if (containsPersonalData(password, context)) {
    reasons.push('Le mot de passe ne doit contenir ni votre identifiant, ni votre nom, ni votre prénom.');
  }
  if (isCommonPassword(password)) {
    reasons.push('Ce mot de passe est trop courant : choisissez-en un moins prévisible.');
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
