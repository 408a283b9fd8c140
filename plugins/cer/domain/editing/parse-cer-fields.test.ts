import { parseCerFields } from './parse-cer-fields';

describe('parseCerFields', () => {
  test('keeps only the fields given, trimmed, empty strings as null', () => {
    expect(parseCerFields({ number: '2', start: '2024-06-01', situation: '  Seule  ', comment: '', lastContract: true })).toEqual({
      ok: true,
      values: { number: 2, start: '2024-06-01', situation: 'Seule', comment: null, lastContract: true },
    });
  });

  test.each<[Record<string, unknown>, string, RegExp]>([
    [{ number: 0 }, 'number', /entier/],
    [{ number: 1.5 }, 'number', /entier/],
    [{ start: '' }, 'start', /obligatoire/],
    [{ start: '2024-02-30' }, 'start', /pas une date valide/],
    [{ end: 'demain' }, 'end', /date de fin/],
    [{ agreement: 'peut-être' }, 'agreement', /oui.*nc.*non/],
    [{ lastContract: 'oui' }, 'lastContract', /Dernier contrat/],
    [{ situation: 42 }, 'situation', /texte/],
    [{ priority: 'x'.repeat(256) }, 'priority', /255/],
    [{ start: '2024-06-01', end: '2024-06-01' }, 'end', /postérieure/],
  ])('%j is refused on %s', (body, field, message) => {
    const result = parseCerFields(body);
    expect(result).toMatchObject({ ok: false, field });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  test('checks the end against the stored start when only the end changes', () => {
    expect(parseCerFields({ end: '2024-05-01' }, { start: '2024-06-01', end: null }).ok).toBe(false);
    expect(parseCerFields({ end: '2024-12-31' }, { start: '2024-06-01', end: null }).ok).toBe(true);
    expect(parseCerFields({ start: '2025-01-01' }, { start: '2024-06-01', end: '2024-12-31' }).ok).toBe(false);
  });
});
