import { documentTitle } from './document-title';

test.each([
  ['Bénéficiaires', null, 'Bénéficiaires – Accompagnement RSA'],
  ['SOUBEYRAND Anaïs', 'CER', 'CER – SOUBEYRAND Anaïs – Accompagnement RSA'],
  ['Rapports – CER à renouveler', '', 'Rapports – CER à renouveler – Accompagnement RSA'],
  ['  Journal   d’accès ', 'Journal d’accès', 'Journal d’accès – Accompagnement RSA'],
  ['', null, 'Accompagnement RSA'],
  ['Accompagnement RSA', null, 'Accompagnement RSA'],
])('page %j, tab %j → %j', (page, tab, expected) => {
  expect(documentTitle(page, tab, 'Accompagnement RSA')).toBe(expected);
});
