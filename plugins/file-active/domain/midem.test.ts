import { MIDEM_REQUEST_STATUS_LABELS, midemRequestStatus, validateMidemRequest } from './midem';

test.each<[string | null, string | null, string | null, string]>([
  [null, null, null, 'aucune'],
  [null, 'Absences', '2022-10-19', 'aucune'],
  ['2022-11-28', 'Absences', null, 'en_attente'],
  ['2022-11-28', 'Absences', '2022-10-19', 'en_attente'], // the guide's example: an older MIDEM
  ['2022-11-28', 'Absences', '2022-11-28', 'en_attente'], // same day is not later
  ['2022-11-28', 'Absences', '2022-11-29', 'traitee'],
  ['2024-02-28', 'Absences', '2024-02-29', 'traitee'],
  ['2023-12-31', 'Absences', '2024-01-01', 'traitee'],
])('requested %j (%j), feed Date MIDEM %j → %s', (requestedOn, motif, feed, expected) => {
  expect(midemRequestStatus({ requestedOn, motif }, feed)).toBe(expected);
});

test('labels', () => {
  expect(MIDEM_REQUEST_STATUS_LABELS.traitee).toBe('Demande traitée');
});

test.each([
  [{ requestedOn: '2024-02-29', motif: ' Absence RDV ' }, { ok: true, request: { requestedOn: '2024-02-29', motif: 'Absence RDV' } }],
  [{ requestedOn: '2024-02-01', motif: 'x' }, { ok: true, request: { requestedOn: '2024-02-01', motif: 'x' } }],
  [{ requestedOn: '2024-03-01', motif: 'x' }, { ok: false, errors: ['La date de la demande de mise en demeure ne peut pas être dans le futur.'] }],
  [
    { requestedOn: '2023-02-29', motif: '' },
    {
      ok: false,
      errors: [
        'Le motif de la demande de mise en demeure est obligatoire.',
        'La date de la demande de mise en demeure n’est pas une date valide.',
      ],
    },
  ],
])('validateMidemRequest(%j)', (input, expected) => {
  expect(validateMidemRequest(input, '2024-02-29')).toEqual(expected);
});
