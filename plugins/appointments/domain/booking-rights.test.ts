import type { Profile } from '@rsa/vocabulary';
import { agendaShared, checkBooking, checkSynthesis, mayManageAppointments, type Actor } from './booking-rights';

const actor = (profiles: Profile[], structure = 'DTAS-CENTRE', territory: string | null = 'CENTRE', login = 'me'): Actor => ({ login, profiles, structure, territory });
const colleague = { login: 'paul', structure: 'DTAS-CENTRE', territory: 'CENTRE' };
const otherStructure = { login: 'zoe', structure: 'CEFORA', territory: 'CENTRE' };
const otherTerritory = { login: 'luc', structure: 'DTAS-SUD', territory: 'SUD' };

test.each<[string, Profile[], boolean, boolean]>([
  ['référent, own file', ['referent'], true, true],
  ['référent, not own file', ['referent'], false, false],
  ['référent FSE, own file', ['referent_fse'], true, true],
  ['secrétariat', ['secretariat'], false, true],
  ['cadre', ['cadre'], false, true],
  ['siège', ['siege'], false, false],
  ['secrétariat de structure', ['secretariat_structure'], false, false],
  ['opérateur', ['operateur'], true, false],
])('%s may manage appointments: %s/%s → %s', (_name, profiles, isOwnFile, expected) => {
  expect(mayManageAppointments(actor(profiles), { isOwnFile })).toBe(expected);
});

test.each<[string, Actor, { login: string; structure: string | null; territory: string | null }, boolean]>([
  ['self', actor(['referent']), { login: 'me', structure: null, territory: null }, true],
  ['référent → colleague of the structure', actor(['referent']), colleague, true],
  ['référent → another structure of the territory', actor(['referent']), otherStructure, false],
  ['secrétariat → another structure of the territory', actor(['secretariat']), otherStructure, true],
  ['secrétariat → another territory', actor(['secretariat']), otherTerritory, false],
  ['cadre → another territory', actor(['cadre']), otherTerritory, false],
  ['siège → anyone', actor(['siege']), colleague, false],
  ['référent without structure', actor(['referent'], null as unknown as string), { login: 'x', structure: null, territory: null }, false],
])('agenda shared: %s → %s', (_name, who, target, expected) => {
  expect(agendaShared(who, target)).toBe(expected);
});

test('checkBooking: the file right first, then the agenda', () => {
  expect(checkBooking(actor(['referent']), colleague, { isOwnFile: true })).toEqual({ ok: true });
  expect(checkBooking(actor(['referent']), colleague, { isOwnFile: false })).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/droit/) });
  expect(checkBooking(actor(['referent']), otherTerritory, { isOwnFile: true })).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/pas partagé/) });
});

test.each([
  ['me', '2026-12-10T09:00:00Z', '2026-12-10T09:00:00Z', true, null],
  ['me', '2026-12-10T09:00:00Z', '2026-12-10T08:59:00Z', false, 422],
  ['paul', '2026-12-10T09:00:00Z', '2026-12-11T09:00:00Z', false, 403],
])('synthèse by %s, start %s, now %s → %s', (login, start, now, ok, status) => {
  const result = checkSynthesis(login, { collaborator: 'me', startsAt: new Date(start) }, new Date(now));
  expect(result.ok).toBe(ok);
  if (!result.ok) expect(result.status).toBe(status);
});
