// The alerts registry alone: the vocabulary's order, a provider's rows and columns, the
// remembered situation given to situation alerts only, an absent module's alert empty, an
// unknown name 404, a profile without alerts 403.
import type { AlertProvider, ConsoleUser } from '@rsa/console-kit';
import { ALERT_NAMES } from '@rsa/vocabulary';
import createAlerts from './alerts';

const user = { id: 1, login: 'sec.nord', name: 'Sophie', profiles: ['secretariat'], structureCode: 'DTAS-NORD', territoryCode: 'NORD' } as ConsoleUser;

const setUp = () => {
  const asked: Array<[string, Record<string, string>]> = [];
  const services: Record<string, unknown> = {
    preferences: { alertFilter: async () => ({ situation: 'file_active' }) },
    reports: { run: async (_u: ConsoleUser, name: string, params: Record<string, string>) => (asked.push([name, params]), { rows: [{ id: 1, beneficiary: 7 }] }) },
    notes: { list: async () => [] },
  };
  const strapi = { plugin: () => ({ service: (name: string) => services[name] }) };
  return { alerts: createAlerts({ strapi } as never), asked };
};

const offers = (rows: number): AlertProvider => ({
  names: ['etapes-ending'],
  columns: () => [{ key: 'offerTitle', header: 'Offre' }],
  rows: async (_u, _n, params) => Array.from({ length: rows }, (_, i) => ({ id: i, beneficiary: i, days: params.days })),
});

test('every alert in the vocabulary’s order; a module not there gives an empty alert', async () => {
  const { alerts } = setUp();
  alerts.register(offers(2));
  const list = await alerts.list(user);
  expect(list.map((a) => a.id)).toEqual([...ALERT_NAMES]);
  const byId = Object.fromEntries(list.map((a) => [a.id, a]));
  expect(byId['etapes-ending']).toMatchObject({ count: 2, situation: null, columns: [{ key: 'offerTitle', header: 'Offre' }] });
  expect(byId['cer-renewal']).toMatchObject({ count: 0, situation: 'file_active', columns: [] });
  expect(byId['standbys-ending']).toMatchObject({ count: 1, situation: 'file_active' });
});

test('the remembered situation goes to the situation alerts; other parameters pass through', async () => {
  const { alerts, asked } = setUp();
  alerts.register(offers(1));
  await alerts.rows(user, 'missing-characteristics', {});
  expect(asked).toEqual([['missing-characteristics', { situation: 'file_active' }]]);
  expect(await alerts.rows(user, 'etapes-ending', { days: '15' })).toEqual([{ id: 0, beneficiary: 0, days: '15' }]);
});

test('an unknown alert is a 404; a profile without alerts a 403', async () => {
  const { alerts } = setUp();
  await expect(alerts.rows(user, 'nothing')).rejects.toMatchObject({ status: 404, message: 'Alerte inconnue : nothing.' });
  await expect(alerts.list({ ...user, profiles: ['operateur'] } as ConsoleUser)).rejects.toMatchObject({ status: 403 });
});
