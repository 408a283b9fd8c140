import { LOG_VALUE_MAX, logSafe } from './log-safe';

describe('logSafe', () => {
  test.each([
    ['marie.martin', 'marie.martin'],
    ['x\nINFO Connexion réussie pour admin', 'x\\nINFO Connexion réussie pour admin'],
    ['a\r\nb', 'a\\r\\nb'],
    ['tab\there', 'tab\\there'],
    ['bell\u0007', 'bell\\u0007'],
    ['esc\u001b[31m', 'esc\\u001b[31m'],
    ['sep\u2028x', 'sep\\u2028x'],
    ['c1\u0085', 'c1\\u0085'],
    ['Élodie', 'Élodie'],
    ['typed\\n', 'typed\\\\n'],
  ])('%j → %j', (input, expected) => {
    expect(logSafe(input)).toBe(expected);
  });

  test('a long value is cut and its length said, on one line', () => {
    const out = logSafe('a'.repeat(200_000));
    expect(out).toBe(`${'a'.repeat(LOG_VALUE_MAX)}… (200000 caractères)`);
    expect(logSafe('\n'.repeat(500))).not.toMatch(/[\n\r]/);
  });
});
