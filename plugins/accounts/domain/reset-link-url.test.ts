import { resetLinkUrl } from './reset-link-url';

describe('resetLinkUrl', () => {
  test.each([
    ['https://rsa.ardeche.fr', 'abc', 'https://rsa.ardeche.fr/console/#/mot-de-passe/abc'],
    ['https://rsa.ardeche.fr/', 'abc', 'https://rsa.ardeche.fr/console/#/mot-de-passe/abc'],
    ['http://localhost:1337', 'a_b-c', 'http://localhost:1337/console/#/mot-de-passe/a_b-c'],
  ])('%s + %s', (base, token, expected) => {
    expect(resetLinkUrl(base, token)).toBe(expected);
  });
});
