// Issue 8 §5: the console's page and assets carry the same protective headers as the API and
// /admin, plus a strict CSP that refuses inline script and framing; no response says what the
// server runs.
import fs from 'fs';
import path from 'path';
import { DEMO_PASSWORD, login } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
const CONSOLE_DIST = path.resolve(__dirname, '../../admin/dist');
const consoleBuilt = fs.existsSync(path.join(CONSOLE_DIST, 'index.html'));

let token: string;

beforeAll(async () => {
  app = await startTestApp();
  await app.strapi.plugin('accounts').service('users').upsert({ login: 'cadre.siege', password: DEMO_PASSWORD, profiles: ['siege'], structure: 'DTAS-CENTRE', territory: 'CENTRE', name: 'Cadre SIÈGE' });
  token = await login(app.baseUrl, 'cadre.siege');
});
afterAll(async () => app?.stop());

const get = (url: string) => fetch(`${app.baseUrl}${url}`, { redirect: 'manual' });

const directives = (csp: string | null): Map<string, string> =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );

describe('the console', () => {
  const consoleTest = consoleBuilt ? test : test.skip;
  if (!consoleBuilt) console.warn('security-headers: admin/dist absent (run `npm run build`): console header tests skipped');

  consoleTest.each(['/console/', '/console/beneficiaries/12', '/console/index.html'])('%s has a strict CSP, refuses framing and sniffing, sends no referrer', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('default-src')).toBe("'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  consoleTest('its page has no inline script (the CSP would block it) and its assets get the same headers', async () => {
    const html = await (await get('/console/')).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/console\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handler either
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const response = await get(asset);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors')).toBe("'none'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  test('/console redirects to /console/ with the headers too', async () => {
    const response = await get('/console');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/console/');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('every other response', () => {
  test.each([
    ['GET', '/api/console/auth/me'],
    ['POST', '/api/console/auth/login'],
    ['GET', '/api/console/reports/cer-by-state'],
    ['GET', '/admin/init'],
    ['GET', '/nothing-here'],
    ['GET', '/api/cer/templates/vierge/default'],
    ['GET (signed in)', '/api/console/auth/me'],
    ['GET (signed in)', '/api/console/reports/cer-by-state'],
    ['GET (signed in)', '/api/console/reports/files-without-cer'],
  ])('%s %s: no X-Powered-By, nosniff, framing refused', async (how, url) => {
    const method = how.split(' ')[0]!;
    const response = await fetch(`${app.baseUrl}${url}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(how.includes('signed in') ? { Authorization: `Bearer ${token}` } : {}) },
      body: method === 'POST' ? JSON.stringify({ login: 'x', password: 'y' }) : undefined,
    });
    if (how.includes('signed in')) expect(response.status).toBe(200);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toMatch(/^(SAMEORIGIN|DENY)$/);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  });
});
