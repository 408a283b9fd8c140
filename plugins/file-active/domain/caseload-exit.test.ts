import {
  exitWarning,
  suggestedExitDates,
  validateExitCancel,
  validateExitDate,
  validateStepReferent,
} from './caseload-exit';

test.each([
  ['2024-01-31', ['2024-01-31', '2024-02-29']],
  ['2024-01-15', ['2024-01-31', '2024-02-29']],
  ['2023-01-31', ['2023-01-31', '2023-02-28']],
  ['2024-02-29', ['2024-02-29', '2024-03-31']],
  ['2024-02-01', ['2024-02-29', '2024-03-31']],
  ['2023-02-28', ['2023-02-28', '2023-03-31']],
  ['2024-03-31', ['2024-03-31', '2024-04-30']],
  ['2024-11-30', ['2024-11-30', '2024-12-31']],
  ['2024-12-31', ['2024-12-31', '2025-01-31']],
  ['2100-01-10', ['2100-01-31', '2100-02-28']],
])('suggestedExitDates(%s) → %j', (today, expected) => {
  expect(suggestedExitDates(today)).toEqual(expected);
});

test.each([
  ['2024-02-29', '2024-02-29', { ok: true }],
  ['2024-02-29', '2024-03-31', { ok: true }],
  ['2024-02-29', '2024-02-28', { ok: false, message: 'La date de sortie ne peut pas précéder le début de l’affectation (29/02/2024).' }],
  ['2024-01-01', '2023-02-29', { ok: false, message: 'La date de sortie n’est pas une date valide.' }],
  ['2024-01-01', '', { ok: false, message: 'La date de sortie n’est pas une date valide.' }],
])('validateExitDate(start %s, end %j)', (start, end, expected) => {
  expect(validateExitDate({ start }, end)).toEqual(expected);
});

test.each([
  ['2024-02-29', 'Après le 29/02/2024, vous n’aurez plus accès à ce dossier.'],
  ['2025-01-31', 'Après le 31/01/2025, vous n’aurez plus accès à ce dossier.'],
])('exitWarning(%s)', (end, expected) => {
  expect(exitWarning(end)).toBe(expected);
});

test.each([
  [null, false],
  ['2024-02-29', true],
])('validateExitCancel(end %j) → ok %j', (end, ok) => {
  expect(validateExitCancel({ end }).ok).toBe(ok);
});

test.each<[string, string | null, string | null]>([
  ['2024-02-29', '2024-03-31', null],
  ['2024-02-29', '2024-02-29', null],
  ['2024-02-29', null, 'La date de fin est obligatoire pour un référent d’étape.'],
  ['2024-02-29', '  ', 'La date de fin est obligatoire pour un référent d’étape.'],
  ['2024-02-29', '2024-02-28', 'La date de fin du référent d’étape ne peut pas précéder sa date de début.'],
  ['2024-02-29', '2025-02-29', 'La date de fin du référent d’étape n’est pas une date valide.'],
  ['', '2024-03-31', 'La date de début du référent d’étape est obligatoire et doit être une date valide.'],
])('validateStepReferent(%j, %j) → %j', (start, end, message) => {
  expect(validateStepReferent({ start, end })).toEqual(message === null ? { ok: true } : { ok: false, message });
});
