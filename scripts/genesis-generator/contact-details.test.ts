import { maybeEmail, randomPhone, writePhone } from './contact-details';
import { createRandom } from './prng';

test.each([
  ['spaced', '06 12 34 56 78'],
  ['compact', '0612345678'],
  ['international', '+33612345678'],
  ['dotted', '06.12.34.56.78'],
] as const)('writePhone(%s)', (style, expected) => {
  expect(writePhone('0612345678', style)).toBe(expected);
});

test('random phones are French numbers written several ways', () => {
  const random = createRandom(9);
  const phones = Array.from({ length: 400 }, () => randomPhone(random));
  for (const phone of phones) expect(phone).toMatch(/^(?:0[467](?:[ .]?\d\d){4}|\+33[467]\d{8})$/);
  expect(new Set(phones.map((phone) => phone.replace(/\d/g, '9'))).size).toBeGreaterThanOrEqual(4);
});

test('e-mails are ASCII, on exemple.fr, sometimes absent', () => {
  const random = createRandom(4);
  const emails = Array.from({ length: 300 }, () => maybeEmail(random, "N'DIAYE-LEFÈVRE"));
  expect(emails).toContain('');
  for (const email of emails.filter(Boolean)) expect(email).toMatch(/^ndiayelefevre\.\d{3}@exemple\.fr$/);
});
