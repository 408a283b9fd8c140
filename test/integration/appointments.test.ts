// Appointments end to end (CONTRACT.md `appointments`, `jobs:run -- sms-reminders`,
// `calendar-feed`; ACCESS.md): one Strapi boot, "now" pinned with APP_NOW / APP_TODAY.
import ICAL from 'ical.js';
import { startTestApp, type TestApp } from '../support/test-app';
import { lastJsonLine, runCli } from '../support/run-cli';
import { buildWorld, insertFile, USERS, type World } from './cer-world';

const NOW = '2027-01-04T08:00:00.000Z'; // Monday 4 January 2027, 09:00 in Paris
let app: TestApp;
let world: World;

const setNow = (iso: string) => {
  process.env.APP_NOW = iso;
  process.env.APP_TODAY = iso.slice(0, 10);
};

const base = (overrides: Record<string, unknown> = {}) => ({
  beneficiary: world.files.mine,
  type: 'Entretien individuel référent',
  theme: 'Suivi de parcours',
  place: 'DTAS Centre – Privas',
  start: '2027-01-11T10:00',
  duration: 45,
  smsReminder: false,
  ...overrides,
});

beforeAll(async () => {
  app = await startTestApp({ APP_NOW: NOW, APP_TODAY: NOW.slice(0, 10) });
  world = await buildWorld(app);
}, 600_000);
afterAll(async () => {
  delete process.env.APP_NOW;
  delete process.env.APP_TODAY;
  await app?.stop();
});

test('the plugin and its content types are loaded', () => {
  for (const uid of ['plugin::appointments.appointment', 'plugin::appointments.appointment-reminder', 'plugin::appointments.calendar-feed-token']) {
    expect(app.strapi.contentType(uid as never)).toBeDefined();
  }
});

test('create, bad input, conflict (409, overridable), perimeter and rights', async () => {
  const created = await world.call('referent', 'POST', '/appointments', base());
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ status: 'prevu', start: '2027-01-11T10:00', end: '2027-01-11T10:45', collaborator: USERS.referent.login, placeLabel: 'DTAS Centre – Privas', warnings: [] });

  const before = await world.sql<{ n: number }>('SELECT COUNT(*) AS n FROM appointments');
  const refusals: Array<[Record<string, unknown>, number, RegExp]> = [
    [{ start: '2027-01-03T10:00' }, 422, /passé/],
    [{ duration: 0 }, 422, /Durée invalide/],
    [{ duration: 1441 }, 422, /Durée invalide/],
    [{ place: 'Lune' }, 422, /Lieu/],
    [{ type: 'Inconnu' }, 422, /Type d’entretien/],
    [{ start: '2027-01-20T10:00', beneficiary: world.files.other }, 404, /Dossier introuvable/],
    [{ start: '2027-01-05T10:00', smsReminder: true }, 422, /48 h/],
    [{ start: '2027-01-11T10:30' }, 409, /^Conflit d’agenda : Claire ROUX a déjà un rendez-vous avec Élodie FAYOLLE le 11\/01\/2027 à 10:00 jusqu’à 10:45/],
  ];
  for (const [change, status, message] of refusals) {
    const refused = await world.call<{ message: string }>('referent', 'POST', '/appointments', base(change));
    expect([refused.status, refused.body.message]).toEqual([status, expect.stringMatching(message)]);
  }
  expect(await world.sql('SELECT COUNT(*) AS n FROM appointments')).toEqual(before);

  // A landline gets no reminder.
  const landline = await insertFile(app, { fileNumber: '044599', lastName: 'Reboul', firstName: 'Jean', territory: 'CENTRE', phone: '+33475000000', referent: USERS.referent.login });
  const noMobile = await world.call<{ message: string }>('referent', 'POST', '/appointments', base({ beneficiary: landline, start: '2027-01-12T10:00', smsReminder: true }));
  expect([noMobile.status, noMobile.body.message]).toEqual([422, expect.stringMatching(/portable/)]);

  const forced = await world.call('referent', 'POST', '/appointments', base({ start: '2027-01-11T10:30', allowOverlap: true }));
  expect(forced.status).toBe(201);

  // A colleague's agenda of the same structure is shared; the secretariat books for the territory.
  const forColleague = await world.call('referent', 'POST', '/appointments', base({ start: '2027-01-12T14:00', collaborator: USERS.otherReferent.login }));
  expect(forColleague.status).toBe(201);
  const bySecretariat = await world.call('secretariat', 'POST', '/appointments', base({ start: '2027-01-12T15:00', collaborator: USERS.cadre.login }));
  expect(bySecretariat.status).toBe(201);
  const holiday = await world.call<{ warnings: string[] }>('secretariat', 'POST', '/appointments', base({ start: '2027-05-06T10:00' }));
  expect(holiday.body.warnings).toEqual([expect.stringMatching(/jour férié \(Ascension\)/)]);

  // Outside the perimeter: 404 everywhere; siège reads but does not book.
  const id = created.body.id as number;
  expect((await world.call('southSecretariat', 'GET', `/appointments/${id}`)).status).toBe(404);
  expect((await world.call('southSecretariat', 'PUT', `/appointments/${id}`, { duration: 30 })).status).toBe(404);
  const southList = await world.call<unknown[]>('southSecretariat', 'GET', `/appointments?filter=${encodeURIComponent(JSON.stringify({ beneficiary: world.files.mine }))}`);
  expect(southList.body).toEqual([]);
  expect((await world.call('siege', 'GET', `/appointments/${id}`)).status).toBe(200);
  expect((await world.call('siege', 'POST', '/appointments', base({ start: '2027-01-13T10:00' }))).status).toBe(403);
  expect((await world.call('siege', 'PUT', `/appointments/${id}`, { duration: 30 })).status).toBe(403);

  // The colleague's agenda: my own file shows, a file I do not see would show as busy only.
  const agenda = await world.call<Array<Record<string, unknown>>>('referent', 'GET', `/appointments?filter=${encodeURIComponent(JSON.stringify({ collaborator: USERS.otherReferent.login, from: '2027-01-11', to: '2027-01-17' }))}`);
  expect(agenda.status).toBe(200);
  expect(agenda.headers.get('content-range')).toMatch(/^appointments 0-0\/1$/);
  const agendas = await world.call<Array<{ login: string }>>('referent', 'GET', '/appointment-agendas');
  expect(agendas.body.map((a) => a.login)).toEqual(expect.arrayContaining([USERS.referent.login, USERS.otherReferent.login]));
  expect(agendas.body[0].login).toBe(USERS.referent.login);
  expect(agendas.body.map((a) => a.login)).not.toContain(USERS.southSecretariat.login);

  // Moving onto a taken slot is the same 409; reads and changes are audited.
  const move = await world.call<{ message: string }>('referent', 'PUT', `/appointments/${forced.body.id as number}`, { start: '2027-01-11T10:15' });
  expect(move.status).toBe(409);
  const audit = await world.sql<{ action: string }>("SELECT action FROM audit_entries WHERE login = ? AND action LIKE '%appointment%'", [USERS.referent.login]);
  expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['change:appointment', 'read:appointments']));
});

test('simultaneous bookings of one slot: exactly one 201, the others 409, one row', async () => {
  // Real HTTP calls in parallel, each its own request: the check and the insert must be one step.
  const start = '2027-01-15T14:00';
  const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => world.call<{ message: string }>(i % 2 ? 'secretariat' : 'referent', 'POST', '/appointments', base({ start, duration: 30 + i, collaborator: USERS.referent.login }))));
  expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  for (const refused of answers.filter((a) => a.status === 409)) expect(refused.body.message).toMatch(/^Conflit d’agenda : Claire ROUX a déjà un rendez-vous/);
  const rows = await world.sql('SELECT id FROM appointments WHERE collaborator_login = ? AND start_local = ?', [USERS.referent.login, start]);
  expect(rows).toHaveLength(1);

  // Two moves onto one free slot at once: one lands, the other meets it.
  const a = await world.call('referent', 'POST', '/appointments', base({ start: '2027-01-15T08:00', duration: 30 }));
  const b = await world.call('referent', 'POST', '/appointments', base({ start: '2027-01-15T08:30', duration: 30 }));
  const moves = await Promise.all([a, b].map((r) => world.call('referent', 'PUT', `/appointments/${r.body.id as number}`, { start: '2027-01-15T16:00' })));
  expect(moves.map((m) => m.status).sort()).toEqual([200, 409]);
});

test('collective appointment (A4): a selection, a capacity, each file shows it, attendance per person, perimeter', async () => {
  const selection = await world.call('secretariat', 'POST', '/file-selections', { name: 'Atelier CV', ids: [world.files.mine, world.files.other] });
  expect(selection.status).toBe(201);
  const collective = (extra: Record<string, unknown>) => ({ type: 'Entretien individuel référent', theme: 'Suivi de parcours', place: 'DTAS Centre – Privas', start: '2027-01-19T14:00', duration: 120, collaborator: USERS.secretariat.login, ...extra });
  const before = await world.sql('SELECT COUNT(*) AS n FROM appointments');
  const over = await world.call<{ message: string }>('secretariat', 'POST', '/appointment-collectives', collective({ selection: selection.body.id, capacity: 1 }));
  expect([over.status, over.body.message]).toEqual([422, 'Capacité dépassée : 2 participants pour 1 place.']);
  expect((await world.call('secretariat', 'POST', '/appointment-collectives', collective({ selection: selection.body.id, capacity: 'dix' }))).status).toBe(422);
  // Someone else's selection, a file outside the perimeter: 404, nothing named, nothing written.
  expect((await world.call('southSecretariat', 'POST', '/appointment-collectives', collective({ selection: selection.body.id, capacity: 5, collaborator: USERS.southSecretariat.login }))).status).toBe(404);
  const outside = await world.call<{ message: string }>('referent', 'POST', '/appointment-collectives', collective({ beneficiaries: [world.files.mine, world.files.other], capacity: 5, collaborator: USERS.referent.login }));
  expect([outside.status, outside.body.message]).toEqual([404, 'Dossier introuvable.']);
  expect(await world.sql('SELECT COUNT(*) AS n FROM appointments')).toEqual(before);

  const created = await world.call<{ id: string; capacity: number; participantCount: number; participants: Array<{ id: number; beneficiary: number; attendance: string }> }>(
    'secretariat', 'POST', '/appointment-collectives', collective({ selection: selection.body.id, capacity: 8 }),
  );
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ capacity: 8, participantCount: 2, start: '2027-01-19T14:00' });
  expect(created.body.participants.map((p) => p.beneficiary).sort()).toEqual([world.files.mine, world.files.other].sort());
  expect(created.body.participants.every((p) => p.attendance === 'prevu')).toBe(true);
  // Each participant's file shows it; the slot is taken once on the collaborator's agenda.
  for (const file of [world.files.mine, world.files.other]) {
    const list = await world.call<Array<{ collective: string | null }>>('secretariat', 'GET', `/appointments?filter=${encodeURIComponent(JSON.stringify({ beneficiary: file }))}`);
    expect(list.body.some((a) => a.collective === created.body.id)).toBe(true);
  }
  expect((await world.call('secretariat', 'POST', '/appointments', base({ start: '2027-01-19T15:00', collaborator: USERS.secretariat.login }))).status).toBe(409);
  // The référent sees only the participant in their perimeter; the south, nothing.
  const seen = await world.call<{ participants: Array<{ beneficiary: number }> }>('referent', 'GET', `/appointment-collectives/${created.body.id}`);
  expect(seen.body.participants.map((p) => p.beneficiary)).toEqual([world.files.mine]);
  expect((await world.call('southSecretariat', 'GET', `/appointment-collectives/${created.body.id}`)).status).toBe(404);

  const [mine, other] = [world.files.mine, world.files.other].map((b) => created.body.participants.find((p) => p.beneficiary === b)?.id as number);
  const early = await world.call<{ message: string }>('secretariat', 'PUT', `/appointment-collectives/${created.body.id}`, { attendance: { [mine]: 'present' } });
  expect([early.status, early.body.message]).toEqual([422, expect.stringMatching(/pas encore commencé/)]);
  setNow('2027-01-19T15:00:00.000Z');
  try {
    expect((await world.call('secretariat', 'PUT', `/appointment-collectives/${created.body.id}`, { attendance: { [mine]: 'venu' } })).status).toBe(422);
    expect((await world.call('secretariat', 'PUT', `/appointment-collectives/${created.body.id}`, { attendance: { 999999: 'present' } })).status).toBe(404);
    const marked = await world.call<{ participants: Array<{ id: number; attendance: string; status: string }> }>('secretariat', 'PUT', `/appointment-collectives/${created.body.id}`, { attendance: { [mine]: 'present', [other]: 'absent' } });
    expect(marked.status).toBe(200);
    expect(Object.fromEntries(marked.body.participants.map((p) => [p.id, [p.attendance, p.status]]))).toEqual({ [mine]: ['present', 'honore'], [other]: ['absent', 'absence_non_justifiee'] });
    // The référent may not mark the file outside their perimeter.
    expect((await world.call('referent', 'PUT', `/appointment-collectives/${created.body.id}`, { attendance: { [other]: 'excuse' } })).status).toBe(404);
  } finally {
    setNow(NOW);
  }
});

test('réalisation and synthèse once begun, summary and frise', async () => {
  const created = await world.call('referent', 'POST', '/appointments', base({ start: '2027-01-06T09:00', duration: 60 }));
  expect(created.status).toBe(201);
  const id = created.body.id as number;
  const early = await world.call<{ message: string }>('referent', 'PUT', `/appointments/${id}`, { synthesis: 'Trop tôt.' });
  expect([early.status, early.body.message]).toEqual([422, expect.stringMatching(/commencé/)]);
  expect((await world.call('referent', 'PUT', `/appointments/${id}`, { status: 'honore' })).status).toBe(422);

  setNow('2027-01-06T08:30:00.000Z'); // 09:30 in Paris: begun
  try {
    const byOther = await world.call('secretariat', 'PUT', `/appointments/${id}`, { synthesis: 'Pas la mienne.' });
    expect(byOther.status).toBe(403);
    const written = await world.call('referent', 'PUT', `/appointments/${id}`, { synthesis: 'Démarches engagées.', status: 'honore' });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ synthesis: 'Démarches engagées.', status: 'honore', statusLabel: 'Honoré' });
    const noShow = await world.call('referent', 'POST', '/appointments', base({ start: '2027-01-20T09:00', duration: 30 }));
    setNow('2027-01-21T08:00:00.000Z');
    expect((await world.call('referent', 'PUT', `/appointments/${noShow.body.id as number}`, { status: 'absence_non_justifiee' })).status).toBe(200);
    const summary = await world.call('referent', 'GET', `/appointment-summaries/${world.files.mine}`);
    expect(summary.body).toMatchObject({ noShowCount: 1, lastAppointment: { id: noShow.body.id }, nextAppointment: { start: '2027-05-06T10:00' } });
    expect((summary.body.withoutSynthesisCount as number) > 0).toBe(true);
    const withoutSynthesis = await world.call<Array<{ id: number }>>('referent', 'GET', `/appointments?filter=${encodeURIComponent(JSON.stringify({ withoutSynthesis: true, beneficiary: world.files.mine }))}`);
    expect(withoutSynthesis.body.map((a) => a.id)).not.toContain(id);
    const timeline = await world.call<Array<{ kind: string; link: { resource: string } | null }>>('referent', 'GET', `/beneficiaries/${world.files.mine}/timeline`);
    if (timeline.status === 200) expect(timeline.body.some((i) => i.kind === 'appointment' && i.link?.resource === 'appointments')).toBe(true);
    expect((await world.call('southSecretariat', 'GET', `/appointment-summaries/${world.files.mine}`)).status).toBe(404);
  } finally {
    setNow(NOW);
  }
});

test('SMS reminders through jobs:run: exactly once, moved, cancelled, never after the start, parallel runs', async () => {
  const make = async (start: string, extra: Record<string, unknown> = {}) => {
    const r = await world.call('referent', 'POST', '/appointments', base({ start, smsReminder: true, allowOverlap: true, ...extra }));
    if (r.status !== 201) throw new Error(JSON.stringify(r.body));
    return r.body.id as number;
  };
  const due = await make('2027-01-08T14:30');
  const moved = await make('2027-01-08T15:30');
  const cancelled = await make('2027-01-08T16:00');
  const later = await make('2027-01-25T10:00');
  expect((await world.call('referent', 'PUT', `/appointments/${moved}`, { start: '2027-01-09T09:00' })).status).toBe(200);
  expect((await world.call('referent', 'PUT', `/appointments/${cancelled}`, { status: 'annule_beneficiaire' })).status).toBe(200);

  // An operator's run through the CLI while the server's own job runs at the same instant: one message.
  const env = { ...app.database.env, APP_TODAY: NOW.slice(0, 10) };
  const reminders = app.strapi.plugin('appointments').service('reminders');
  const [cli, server] = await Promise.all([runCli('jobs-run.ts', ['sms-reminders', '--at', '2027-01-06T15:00'], env), reminders.run(new Date('2027-01-06T14:00:00.000Z'))]);
  expect([cli.code, cli.stderr.slice(-500)]).toEqual([0, expect.any(String)]);
  const output = lastJsonLine<{ job: string; sent: number; messages: Array<{ appointment: number; phone: string; text: string }> }>(cli.stdout);
  expect(output.job).toBe('sms-reminders');
  expect([...output.messages, ...server.messages]).toEqual([
    { appointment: due, phone: '+33612345678', text: 'Rappel: vous avez RDV pour votre dossier RSA le 08/01/27 à 14:30 avec M/Mme ROUX Claire. Le RDV aura lieu à : DTAS Centre – Privas.' },
  ]);

  // Again at the same instant → nothing; later → the moved one at its new time.
  expect((await reminders.run(new Date('2027-01-06T14:05:00.000Z'))).sent).toBe(0);
  const next = await reminders.run(new Date('2027-01-07T09:00:00.000Z'));
  expect(next.messages).toEqual([{ appointment: moved, phone: '+33612345678', text: expect.stringContaining('le 09/01/27 à 09:00') }]);
  // After the start: never (the one of the 25th was never reminded in time).
  expect((await reminders.run(new Date('2027-01-25T09:01:00.000Z'))).sent).toBe(0);

  // Three instances at once, bypassing the job lock: the claim keeps it to one message.
  const slot = await make('2027-01-26T10:00');
  const at = new Date('2027-01-25T12:00:00.000Z');
  const runs = await Promise.all([reminders.runOnce(at), reminders.runOnce(at), reminders.runOnce(at)]);
  expect(runs.reduce((n: number, r: { sent: number }) => n + r.sent, 0)).toBe(1);

  const outbox = await world.sql<{ text: string }>('SELECT text FROM sms_messages WHERE text LIKE ?', ['Rappel:%']);
  expect(outbox).toHaveLength(3);
  const claims = await world.sql<{ appointment_id: number; status: string }>('SELECT appointment_id, status FROM appointment_reminders ORDER BY id');
  expect(claims.map((c) => Number(c.appointment_id))).toEqual([due, moved, slot]);
  expect(claims.every((c) => c.status === 'sent')).toBe(true);
  expect(later).toBeGreaterThan(0);
  const frise = await world.call<Array<{ kind: string }>>('referent', 'GET', `/beneficiaries/${world.files.mine}/timeline`);
  if (frise.status === 200) expect(frise.body.filter((i) => i.kind === 'appointment_sms')).toHaveLength(3);
});

test('the iCalendar feed: a secret revocable address, parsed back, stable UIDs and SEQUENCE', async () => {
  const created = await world.call('referent', 'POST', '/appointments', base({ start: '2027-02-01T11:00', place: 'CMS Le Cheylard', allowOverlap: true }));
  const id = created.body.id as number;
  const cancelled = await world.call('referent', 'POST', '/appointments', base({ start: '2027-02-02T11:00', allowOverlap: true }));
  await world.call('referent', 'PUT', `/appointments/${cancelled.body.id as number}`, { status: 'annule_referent' });
  const far = await world.call('referent', 'POST', '/appointments', base({ start: '2027-06-01T11:00', allowOverlap: true }));
  expect(far.status).toBe(201);

  const { body } = await world.call<{ url: string }>('referent', 'GET', '/calendar-feed');
  expect(body.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar-feed\/[A-Za-z0-9_-]+\.ics$/);
  expect((await world.call<{ url: string }>('referent', 'GET', '/calendar-feed')).body.url).toBe(body.url);
  const read = async () => {
    const response = await fetch(body.url);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };
  const feed = await read();
  expect(feed.status).toBe(200);
  expect(feed.type).toMatch(/^text\/calendar/);
  const events = () => new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const mine = events().find((e) => e.uid === `rdv-${id}@accompagnement-rsa`);
  expect(mine).toBeDefined();
  expect(mine?.location).toBe('CMS Le Cheylard');
  expect(mine?.summary).toBe('RDV RSA É. F. – dossier 044506');
  expect(mine?.startDate.toJSDate().toISOString()).toBe('2027-02-01T10:00:00.000Z');
  expect(mine?.sequence).toBe(0);
  expect(events().some((e) => e.uid === `rdv-${cancelled.body.id as number}@accompagnement-rsa`)).toBe(false);
  expect(events().some((e) => e.uid === `rdv-${far.body.id as number}@accompagnement-rsa`)).toBe(false);
  expect(feed.text).not.toMatch(/Fayolle|Démarches/i);
  // Every read of the feed is audited: who, when, which files — no name, no secret.
  const reads = await world.sql<{ login: string; beneficiary_id: number | null; at: unknown }>("SELECT login, beneficiary_id, at FROM audit_entries WHERE action = 'read:calendar-feed'");
  expect(reads.length).toBeGreaterThan(0);
  expect(reads.every((r) => r.login === USERS.referent.login && r.at !== null)).toBe(true);
  expect(reads.map((r) => Number(r.beneficiary_id))).toContain(world.files.mine);

  await world.call('referent', 'PUT', `/appointments/${id}`, { start: '2027-02-01T14:00' });
  const updated = await read();
  const moved = new ICAL.Component(ICAL.parse(updated.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.uid === `rdv-${id}@accompagnement-rsa`);
  expect(moved?.sequence).toBe(1);
  expect(moved?.startDate.toJSDate().toISOString()).toBe('2027-02-01T13:00:00.000Z');

  expect((await world.call('referent', 'DELETE', '/calendar-feed')).status).toBe(200);
  expect((await read()).status).toBe(404);
  const renewed = await world.call<{ url: string }>('referent', 'GET', '/calendar-feed');
  expect(renewed.body.url).not.toBe(body.url);
  expect((await fetch(`${app.baseUrl}/api/calendar-feed/not-a-secret.ics`)).status).toBe(404);
});
