// Logins are also the référent identifiers of the Genesis feed (REFERENT_ID) and appear in
// assignments, so they are kept to a plain, URL- and CSV-safe alphabet.

export type LoginValidation = { ok: true; login: string } | { ok: false; message: string };

export const LOGIN_MIN_LENGTH = 3;
export const LOGIN_MAX_LENGTH = 64;
const LOGIN_PATTERN = /^[a-z0-9._-]{3,64}$/;

// What a person types in the login form: surrounding spaces and capitals are forgiven there,
// never in what is stored.
export function normalizeLogin(input: string): string {
  return input.trim().toLowerCase();
}

export function isValidLogin(login: string): boolean {
  return LOGIN_PATTERN.test(login);
}

export function validateLogin(login: string): LoginValidation {
  if (login.length < LOGIN_MIN_LENGTH || login.length > LOGIN_MAX_LENGTH) {
    return {
      ok: false,
      message: `L’identifiant doit contenir entre ${LOGIN_MIN_LENGTH} et ${LOGIN_MAX_LENGTH} caractères.`,
    };
  }
  if (!isValidLogin(login)) {
    return {
      ok: false,
      message:
        'L’identifiant ne peut contenir que des lettres minuscules sans accent, des chiffres, ' +
        'le point, le tiret et le tiret bas.',
    };
  }
  return { ok: true, login };
}
