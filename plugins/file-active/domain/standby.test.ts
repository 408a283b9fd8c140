import {
  type Standby,
  type StandbyContext,
  endStandby,
  fileState,
  standbyInForce,
  standbysEndingWithin,
  validateStandby,
} from './standby';

const today = '2024-02-29';
const open = (start: string, end: string | null = null, id = 'o'): Standby => ({ id, start, end, motif: 'Contrat aidé', endedOn: null });
const ended = (start: string, end: string, id = 'e'): Standby => ({ id, start, end, motif: 'Formation', endedOn: end });

describe('fileState', () => {
  const enrolment = { entryDate: '2023-01-01', exitDate: null };
  test.each<[string, Standby[], string | null, string]>([
    ['no veille', [], null, 'entree'],
    ['open veille started', [open('2024-02-01', '2024-03-31')], null, 'veille'],
    ['open veille starting today', [open('2024-02-29')], null, 'veille'],
    ['open veille starting tomorrow', [open('2024-03-01')], null, 'entree'],
    ['open veille past its planned end: never ends by itself', [open('2023-06-01', '2023-12-31')], null, 'veille'],
    ['ended veille', [ended('2023-06-01', '2023-12-31')], null, 'entree'],
    ['ended today', [{ ...open('2024-01-01', '2024-02-29'), endedOn: '2024-02-29' }], null, 'entree'],
    ['dispositif exit passed', [open('2024-02-01')], '2024-02-28', 'sortie'],
    ['dispositif exit in the future', [], '2024-03-01', 'entree'],
  ])('%s → %s', (_label, standbys, exitDate, expected) => {
    expect(fileState({ ...enrolment, exitDate }, standbys, today)).toBe(expected);
  });

  test('standbyInForce', () => {
    expect(standbyInForce(open('2024-02-29'), today)).toBe(true);
    expect(standbyInForce(ended('2024-01-01', '2024-02-29'), today)).toBe(false);
  });
});

describe('validateStandby', () => {
  const base: StandbyContext = { entryDate: '2023-01-15', existing: [], today };

  test.each<[string, { start: string; end: string | null; motif: string }, Partial<StandbyContext>, string[]]>([
    ['valid open', { start: '2024-02-29', end: null, motif: 'CDDI' }, {}, []],
    ['valid with planned end', { start: '2024-03-01', end: '2024-08-31', motif: 'CDDI' }, {}, []],
    ['one-day veille', { start: '2024-02-29', end: '2024-02-29', motif: 'x' }, {}, []],
    ['start on the entry date', { start: '2023-01-15', end: '2023-02-28', motif: 'x' }, {}, []],
    [
      'start before the entry date',
      { start: '2023-01-14', end: null, motif: 'x' },
      {},
      ['La veille ne peut pas commencer avant l’entrée dans le dispositif (15/01/2023).'],
    ],
    [
      'end before start',
      { start: '2024-03-01', end: '2024-02-29', motif: 'x' },
      {},
      ['La date de fin de la veille ne peut pas précéder sa date de début.'],
    ],
    [
      'impossible dates',
      { start: '2023-02-29', end: '2024-02-30', motif: 'x' },
      {},
      [
        'La date de début de la veille est obligatoire et doit être une date valide.',
        'La date de fin de la veille n’est pas une date valide.',
      ],
    ],
    ['blank motif', { start: '2024-02-29', end: null, motif: '   ' }, {}, ['Le motif de la veille est obligatoire.']],
    [
      'overlaps an ended veille',
      { start: '2023-12-31', end: null, motif: 'x' },
      { existing: [ended('2023-06-01', '2023-12-31')] },
      ['Cette veille chevauche la veille du 01/06/2023 au 31/12/2023.'],
    ],
    ['right after an ended veille', { start: '2024-01-01', end: null, motif: 'x' }, { existing: [ended('2023-06-01', '2023-12-31')] }, []],
    ['history typed before an ended one', { start: '2023-02-01', end: '2023-05-31', motif: 'x' }, { existing: [ended('2023-06-01', '2023-12-31')] }, []],
    [
      'after an open veille whose planned end has passed',
      { start: '2024-02-01', end: null, motif: 'x' },
      { existing: [open('2023-06-01', '2023-12-31')] },
      ['Cette veille chevauche la veille en cours depuis le 01/06/2023 : terminez-la d’abord.'],
    ],
    [
      'history typed before an open one',
      { start: '2023-02-01', end: '2023-05-31', motif: 'x' },
      { existing: [open('2023-06-01')] },
      [],
    ],
    [
      'open new one starting before an ended one',
      { start: '2023-02-01', end: null, motif: 'x' },
      { existing: [ended('2023-06-01', '2023-12-31')] },
      ['Cette veille chevauche la veille du 01/06/2023 au 31/12/2023.'],
    ],
    [
      'editing a veille is not compared with itself',
      { start: '2024-01-01', end: '2024-06-30', motif: 'x' },
      { existing: [open('2024-01-01', null, 'v1')], editingId: 'v1' },
      [],
    ],
  ])('%s', (_label, input, over, errors) => {
    const result = validateStandby(input, { ...base, ...over });
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });

  test.each<[string, string | null, Partial<StandbyContext>, string | null]>([
    ['no end: open', null, {}, null],
    ['planned end in the future: open', '2024-03-31', {}, null],
    ['end today on a new veille: open (never ends by itself)', '2024-02-29', {}, null],
    ['end already past: recorded as ended today', '2024-02-28', {}, '2024-02-29'],
    ['edited ended veille keeps its end day', '2024-02-20', { existing: [ended('2024-01-01', '2024-02-10', 'v')], editingId: 'v' }, '2024-02-10'],
    ['edited ended veille given a future end reopens', '2024-03-31', { existing: [ended('2024-01-01', '2024-02-10', 'v')], editingId: 'v' }, null],
  ])('%s', (_label, end, over, endedOn) => {
    const result = validateStandby({ start: '2024-01-01', end, motif: '  CDDI ' }, { ...base, ...over });
    expect(result).toEqual({
      ok: true,
      standby: expect.objectContaining({ start: '2024-01-01', end, motif: 'CDDI', endedOn }),
    });
  });
});

describe('endStandby', () => {
  test.each<[string, Standby, string, string[] | null]>([
    ['today', open('2024-01-01', '2024-06-30'), '2024-02-29', null],
    ['a past date', open('2024-01-01'), '2024-02-15', null],
    ['on its start day', open('2024-01-01'), '2024-01-01', null],
    [
      'in the future',
      open('2024-01-01'),
      '2024-03-01',
      ['Une veille se termine à la date du jour ou à une date passée : la date de fin ne peut pas être future.'],
    ],
    ['before its start', open('2024-01-01'), '2023-12-31', ['La date de fin de la veille ne peut pas précéder sa date de début.']],
    ['already ended', ended('2023-01-01', '2023-02-28'), '2024-02-29', ['Cette veille est déjà terminée.']],
    ['invalid date', open('2024-01-01'), '2024-02-30', ['La date de fin de la veille n’est pas une date valide.']],
  ])('%s', (_label, standby, end, errors) => {
    const result = endStandby(standby, end, today);
    if (errors === null) {
      expect(result).toEqual({ ok: true, standby: { ...standby, end, endedOn: today } });
    } else {
      expect(result).toEqual({ ok: false, errors });
    }
  });
});

describe('standbysEndingWithin', () => {
  const standbys = [
    open('2024-01-01', '2024-03-10', 'a'),
    open('2024-01-01', '2024-03-01', 'b'),
    open('2024-01-01', '2024-02-15', 'overdue'),
    open('2024-01-01', null, 'noEnd'),
    open('2024-01-01', '2024-03-31', 'later'),
    ended('2024-01-01', '2024-02-20', 'ended'),
  ];
  test.each([
    [0, ['overdue']],
    [1, ['overdue', 'b']],
    [10, ['overdue', 'b', 'a']],
    [31, ['overdue', 'b', 'a', 'later']],
  ])('within %i days → %j', (days, ids) => {
    expect(standbysEndingWithin(standbys, today, days).map((s) => s.id)).toEqual(ids);
  });

  test('across the end of a leap February', () => {
    expect(standbysEndingWithin([open('2024-01-01', '2024-03-01', 'x')], '2024-02-28', 2).map((s) => s.id)).toEqual(['x']);
    expect(standbysEndingWithin([open('2023-01-01', '2023-03-02', 'x')], '2023-02-28', 2).map((s) => s.id)).toEqual(['x']);
    expect(standbysEndingWithin([open('2024-01-01', '2024-03-02', 'x')], '2024-02-28', 2)).toEqual([]);
  });
});
