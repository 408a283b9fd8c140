import { parseRenewalDays, parseReportStates, parseReportWindow } from './cer-report-params';

const TODAY = '2024-05-15';

describe('parseReportWindow', () => {
  test.each<[Record<string, unknown>, unknown]>([
    [{}, { ok: true, value: { from: '2024-04-15', to: TODAY } }],
    [{ lastDays: '7' }, { ok: true, value: { from: '2024-05-08', to: TODAY } }],
    [{ from: '2024-01-01', to: '2024-03-31' }, { ok: true, value: { from: '2024-01-01', to: '2024-03-31' } }],
    [{ from: '2024-01-01', to: '2024-01-01' }, { ok: true, value: { from: '2024-01-01', to: '2024-01-01' } }],
  ])('%j → %j', (input, expected) => {
    expect(parseReportWindow(input, TODAY)).toEqual(expected);
  });

  test.each<[Record<string, unknown>, RegExp]>([
    [{ from: '2024-01-01' }, /fin/],
    [{ from: '2024-02-30', to: '2024-03-01' }, /début/],
    [{ from: '2024-03-01', to: '2024-01-01' }, /précéder/],
    [{ lastDays: '-3' }, /positif/],
  ])('%j is refused', (input, message) => {
    const result = parseReportWindow(input, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('parseReportStates', () => {
  test('none, one, several, duplicates', () => {
    expect(parseReportStates(undefined)).toEqual({ ok: true, value: [] });
    expect(parseReportStates('valide')).toEqual({ ok: true, value: ['valide'] });
    expect(parseReportStates('valide, soumis_etude,valide')).toEqual({ ok: true, value: ['valide', 'soumis_etude'] });
    expect(parseReportStates(['proposition'])).toEqual({ ok: true, value: ['proposition'] });
  });
  test('an unknown state is refused in French', () => {
    const result = parseReportStates('archive');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/inconnu : archive/);
  });
});

describe('parseRenewalDays', () => {
  test.each<[unknown, unknown]>([
    [undefined, { ok: true, value: 30 }],
    ['60', { ok: true, value: 60 }],
    ['-15', { ok: true, value: -15 }],
    ['0', { ok: true, value: 0 }],
    ['abc', { ok: false, message: expect.stringMatching(/entier/) }],
    ['2.5', { ok: false, message: expect.stringMatching(/entier/) }],
  ])('%j → %j', (raw, expected) => {
    expect(parseRenewalDays(raw)).toEqual(expected);
  });
});
