// The composition rule of ACCESS.md (CNIL 2022-100), checked while typing so the user sees what
// is missing before sending. The server stays the judge: it also refuses the login, the user's
// names and common passwords, which the console cannot know.
export type PasswordClasses = { upper: boolean; lower: boolean; digit: boolean; special: boolean };

export function passwordClasses(password: string): PasswordClasses {
  return {
    upper: /\p{Lu}/u.test(password),
    lower: /\p{Ll}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    special: /[^\p{L}\p{Nd}]/u.test(password),
  };
}

export function meetsPasswordRule(password: string): boolean {
  const c = passwordClasses(password);
  const length = [...password].length;
  if (length > 128) return false;
  return (length >= 12 && c.upper && c.lower && c.digit && c.special) || (length >= 14 && c.upper && c.lower && c.digit);
}
