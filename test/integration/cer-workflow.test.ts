// The CER's life and its rights (CONTRACT.md `cers`, ACCESS.md): creation by the file's référent,
// edits following the state, objectives, the validation chain; every refusal changes nothing.
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, createCer, type World } from './cer-world';

let app: TestApp;
let world: World;

beforeAll(async () => {
  app = await startTestApp({ APP_TODAY: '2024-05-15' });
  world = await buildWorld(app);
});
afterAll(async () => {
  delete process.env.APP_TODAY;
  await app?.stop();
});

const snapshot = async (id: number) => ({
  cer: await world.sql('SELECT * FROM cers WHERE id = ?', [id]),
  history: await world.sql('SELECT * FROM cer_history_entries WHERE cer_id = ? ORDER BY id', [id]),
  objectives: await world.sql('SELECT * FROM cer_objectives WHERE cer_id = ? ORDER BY id', [id]),
});

describe('creation', () => {
  test('the file’s référent creates a CER in proposition, start suggested on the 1st of next month, numbered', async () => {
    const created = await world.call('referent', 'POST', '/cers', { beneficiary: world.files.mine, situation: 'Première rencontre.' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'proposition', start: '2024-06-01', number: 1, agreement: 'nc', lastContract: false, objectives: [] });
    expect(created.body.history).toEqual([expect.objectContaining({ from: null, to: 'proposition', by: 'claire.roux' })]);
    // Submitting takes the CER out of the référent's hands: the console warns (server-given flag).
    expect(created.body.transitions).toEqual([expect.objectContaining({ to: 'soumis_etude', irreversible: true })]);
    const second = await world.call('referent', 'POST', '/cers', { beneficiary: world.files.mine, start: '2024-12-01' });
    expect(second.body).toMatchObject({ number: 2, start: '2024-12-01' });
    const list = await world.call<Record<string, unknown>[]>('referent', 'GET', `/cers?filter=${encodeURIComponent(JSON.stringify({ beneficiary: world.files.mine }))}`);
    expect(list.status).toBe(200);
    expect(list.headers.get('content-range')).toMatch(/^cers 0-1\/2$/);
    expect(list.body.map((c) => c.number)).toEqual([2, 1]);
    expect(list.body[0]).toMatchObject({ state: 'proposition', start: '2024-12-01', end: null, signedOn: null });
  });

  test.each([
    ['another référent (file outside the perimeter)', 'otherReferent', 404],
    ['the secretariat', 'secretariat', 403],
    ['a cadre', 'cadre', 403],
    ['the siège', 'siege', 403],
    ['a secretariat of another territory', 'southSecretariat', 404],
  ] as const)('%s may not create one', async (_label, who, status) => {
    const before = await world.sql('SELECT COUNT(*) AS n FROM cers');
    const result = await world.call<{ message: string }>(who, 'POST', '/cers', { beneficiary: world.files.mine });
    expect(result.status).toBe(status);
    expect(result.body.message).toMatch(/[a-zé]/);
    expect(await world.sql('SELECT COUNT(*) AS n FROM cers')).toEqual(before);
  });

  test.each([
    [{ start: '2024-02-30' }, /date de début/],
    [{ start: '2024-06-01', end: '2024-05-01' }, /postérieure/],
    [{ agreement: 'peut-être' }, /oui/],
    [{ number: 0 }, /numéro/],
    [{ priority: 'Inexistante' }, /« Inexistante » ne figure pas dans la liste « Priorité du CER »/],
    [{}, /dossier/],
  ])('bad input %j → 422 in French', async (body, message) => {
    const result = await world.call<{ message: string }>('referent', 'POST', '/cers', { beneficiary: 'beneficiary' in body ? undefined : world.files.mine, ...body, ...(Object.keys(body).length === 0 ? { beneficiary: undefined } : {}) });
    expect(result.status).toBe(422);
    expect(result.body.message).toMatch(message);
  });

  test('decision fields are not the référent’s', async () => {
    const result = await world.call<{ message: string }>('referent', 'POST', '/cers', { beneficiary: world.files.mine, decision: 'Validé' });
    expect(result.status).toBe(403);
    expect(result.body.message).toMatch(/décision commentée/);
  });
});

describe('objectives and edits', () => {
  test('themes come from the configurable list; objectives are required before submission', async () => {
    const cer = await createCer(world, { number: 10 }, 0);
    const bad = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/objectives`, { theme: 'Astrologie', description: 'x' });
    expect(bad.status).toBe(422);
    expect(bad.body.message).toMatch(/ne figure pas dans la liste « Thème d’objectif CER »/);
    const before = await snapshot(cer.id as number);
    const refused = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/transitions`, { to: 'soumis_etude' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/au moins un objectif/);
    expect(await snapshot(cer.id as number)).toEqual(before);
    const added = await world.call('referent', 'POST', `/cers/${cer.id}/objectives`, { theme: 'emploi', description: 'Candidater à trois offres' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ theme: 'Emploi', description: 'Candidater à trois offres', links: [] });
    const edited = await world.call('referent', 'PUT', `/cers/${cer.id}/objectives/${added.body.id}`, { description: 'Candidater à cinq offres' });
    expect(edited.body).toMatchObject({ description: 'Candidater à cinq offres' });
    const extra = await world.call('referent', 'POST', `/cers/${cer.id}/objectives`, { theme: 'Santé', description: 'Bilan de santé' });
    expect((await world.call('referent', 'DELETE', `/cers/${cer.id}/objectives/${extra.body.id}`)).status).toBe(200);
    const detail = await world.call<{ objectives: unknown[] }>('referent', 'GET', `/cers/${cer.id}`);
    expect(detail.body.objectives).toEqual([expect.objectContaining({ id: added.body.id, theme: 'Emploi', links: [] })]);
  });

  test('the référent edits in proposition; a whole react-admin record is accepted; others may not', async () => {
    const cer = await createCer(world, { number: 11 });
    const edited = await world.call('referent', 'PUT', `/cers/${cer.id}`, { ...cer, situation: 'Nouvelle situation', lastContract: true });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ situation: 'Nouvelle situation', lastContract: true });
    const before = await snapshot(cer.id as number);
    expect((await world.call('secretariat', 'PUT', `/cers/${cer.id}`, { situation: 'x' })).status).toBe(403);
    expect((await world.call('siege', 'PUT', `/cers/${cer.id}`, { situation: 'x' })).status).toBe(403);
    expect((await world.call('otherReferent', 'PUT', `/cers/${cer.id}`, { situation: 'x' })).status).toBe(404);
    expect((await world.call('referent', 'PUT', `/cers/${cer.id}`, { state: 'valide' })).status).toBe(403);
    expect((await world.call('referent', 'PUT', `/cers/${cer.id}`, { referentNote: 'x' })).status).toBe(403);
    expect(await snapshot(cer.id as number)).toEqual(before);
  });
});

describe('the validation chain', () => {
  test('référent submits, secretariat → commission and records the decision, cadre corrects with a shorter end', async () => {
    const cer = await createCer(world, { number: 20 }, 2);
    const id = cer.id as number;
    expect((await world.call('referent', 'POST', `/cers/${id}/transitions`, { to: 'soumis_etude', comment: 'Pour étude' })).status).toBe(200);
    // The référent loses the hand.
    const lost = await world.call<{ editable: { canEdit: boolean }; transitions: unknown[] }>('referent', 'GET', `/cers/${id}`);
    expect(lost.body.editable.canEdit).toBe(false);
    expect(lost.body.transitions).toEqual([]);
    expect((await world.call('referent', 'PUT', `/cers/${id}`, { situation: 'x' })).status).toBe(403);
    const offered = await world.call<{ to: string }[]>('secretariat', 'GET', `/cers/${id}/transitions`);
    expect(offered.body.map((t) => t.to).sort()).toEqual(['attente_decision', 'etude_commission']);
    expect((await world.call('secretariat', 'POST', `/cers/${id}/transitions`, { to: 'etude_commission', comment: 'Commission du 14/05' })).status).toBe(200);
    const edited = await world.call('secretariat', 'PUT', `/cers/${id}`, { departmentDecision: 'CER validé', referentNote: 'Prévoir un bilan' });
    expect(edited.status).toBe(200);
    const before = await snapshot(id);
    const missing = await world.call<{ message: string }>('secretariat', 'POST', `/cers/${id}/transitions`, { to: 'non_valide', decisionDate: '2024-05-14' });
    expect(missing.status).toBe(409);
    expect(missing.body.message).toMatch(/décision commentée est obligatoire/);
    const illegal = await world.call<{ message: string }>('secretariat', 'POST', `/cers/${id}/transitions`, { to: 'proposition' });
    expect(illegal.status).toBe(409);
    expect(illegal.body.message).toMatch(/ne peut pas passer/);
    expect((await world.call('siege', 'POST', `/cers/${id}/transitions`, { to: 'valide', decisionDate: '2024-05-14' })).status).toBe(403);
    expect((await world.call('referent', 'POST', `/cers/${id}/transitions`, { to: 'valide', decisionDate: '2024-05-14' })).status).toBe(403);
    expect((await world.call('otherReferent', 'POST', `/cers/${id}/transitions`, { to: 'valide', decisionDate: '2024-05-14' })).status).toBe(404);
    expect(await snapshot(id)).toEqual(before);
    const decided = await world.call('secretariat', 'POST', `/cers/${id}/transitions`, { to: 'valide', decisionDate: '2024-05-14', decision: 'Avis favorable de la commission' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'valide', validatedOn: '2024-05-14', decision: 'Avis favorable de la commission' });
    // Back to the cadre: correction to attente_decision, then validation with a shorter end.
    expect((await world.call('secretariat', 'POST', `/cers/${id}/transitions`, { to: 'attente_decision' })).status).toBe(403);
    expect((await world.call('cadre', 'POST', `/cers/${id}/transitions`, { to: 'attente_decision', comment: 'À revoir' })).status).toBe(200);
    const shorter = await world.call('cadre', 'POST', `/cers/${id}/transitions`, { to: 'valide', decisionDate: '2024-05-15', end: '2024-08-31' });
    expect(shorter.status).toBe(200);
    expect(shorter.body).toMatchObject({ state: 'valide', validatedOn: '2024-05-15', end: '2024-08-31' });
    const history = shorter.body.history as { from: string | null; to: string; by: string; comment: string | null }[];
    expect(history.map((h) => `${h.from}>${h.to}:${h.by}`)).toEqual([
      'null>proposition:claire.roux',
      'proposition>soumis_etude:claire.roux',
      'soumis_etude>etude_commission:sophie.vernet',
      'etude_commission>valide:sophie.vernet',
      'valide>attente_decision:marc.faure',
      'attente_decision>valide:marc.faure',
    ]);
    expect(history[2].comment).toBe('Commission du 14/05');
    // Who, by name: the console shows « Prénom NOM », never a login.
    expect((history as unknown as { byName: string }[]).map((h) => h.byName)).toEqual([
      'Claire ROUX', 'Claire ROUX', 'Sophie VERNET', 'Sophie VERNET', 'Marc FAURE', 'Marc FAURE',
    ]);
  });

  test('the decision dialog records the Département’s decision and the note for the référent, who reads them', async () => {
    const cer = await createCer(world, { number: 21 }, 1);
    const id = cer.id as number;
    expect((await world.call('referent', 'POST', `/cers/${id}/transitions`, { to: 'soumis_etude' })).status).toBe(200);
    const early = await world.call<{ message: string; error: { details: { field: string } } }>('secretariat', 'POST', `/cers/${id}/transitions`, { to: 'etude_commission', referentNote: 'trop tôt' });
    expect([early.status, early.body.error.details.field]).toEqual([409, 'referentNote']);
    expect((await world.call('secretariat', 'POST', `/cers/${id}/transitions`, { to: 'etude_commission' })).status).toBe(200);
    const decided = await world.call('secretariat', 'POST', `/cers/${id}/transitions`, {
      to: 'non_valide', decisionDate: '2024-05-14', decision: 'Objectifs à préciser', departmentDecision: 'CER non validé', referentNote: 'Revoir le projet avec la personne',
    });
    expect(decided.status).toBe(200);
    const read = await world.call<Record<string, unknown>>('referent', 'GET', `/cers/${id}`);
    expect(read.body).toMatchObject({ state: 'non_valide', departmentDecision: 'CER non validé', referentNote: 'Revoir le projet avec la personne', decision: 'Objectifs à préciser' });
    // The file's frise names who moved the CER.
    const timeline = await world.call<{ kind: string; detail: string | null }[]>('referent', 'GET', `/beneficiaries/${world.files.mine}/timeline`);
    expect(timeline.body.filter((i) => i.kind === 'cer').map((i) => i.detail)).toContain('par Sophie VERNET');
    expect(JSON.stringify(timeline.body)).not.toMatch(/sophie\.vernet|claire\.roux/);
  });

  test('links to étapes / positionnements may be added after validation, only to one of the file', async () => {
    const [cer] = await world.sql<{ id: number }>("SELECT id FROM cers WHERE state = 'valide' ORDER BY id DESC LIMIT 1");
    const [objective] = await world.sql<{ id: number }>('SELECT id FROM cer_objectives WHERE cer_id = ? ORDER BY id LIMIT 1', [cer.id]);
    const links = () => world.sql('SELECT id FROM cer_objective_links');
    const before = (await links()).length;
    const kinds = async (who: 'referent' | 'siege') => [...(await world.call<{ linkKinds: string[] }>(who, 'GET', `/cers/${cer.id}`)).body.linkKinds].sort();
    // The offers module registers its étapes and positionnements: both kinds are offered.
    expect(await kinds('referent')).toEqual(['positioning', 'step']);
    // A target that is not in the file is refused (issue 8: `targetId: 999999` was accepted).
    for (const kind of ['step', 'positioning']) {
      const refused = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/objectives/${objective.id}/links`, { kind, targetId: 999999 });
      expect(refused.status).toBe(422);
      expect(refused.body.message).toBe(kind === 'step' ? 'Cette étape n’existe pas dans le dossier de ce CER.' : 'Ce positionnement n’existe pas dans le dossier de ce CER.');
    }
    expect((await links()).length).toBe(before);
    // A link must name an étape of this file (here a stand-in target registry: étape 42 of this file).
    app.strapi.plugin('cer').service('cer-objectives').registerLinkTarget('step', async (targetId: number, beneficiaryId: number) => targetId === 42 && beneficiaryId === world.files.mine);
    const missing = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/objectives/${objective.id}/links`, { kind: 'step', targetId: 999999 });
    expect([missing.status, missing.body.message]).toEqual([422, 'Cette étape n’existe pas dans le dossier de ce CER.']);
    expect((await links()).length).toBe(before);
    const linked = await world.call('referent', 'POST', `/cers/${cer.id}/objectives/${objective.id}/links`, { kind: 'step', targetId: 42 });
    expect(linked.status).toBe(201);
    expect((await world.call('referent', 'POST', `/cers/${cer.id}/objectives/${objective.id}/links`, { kind: 'etape', targetId: 42 })).status).toBe(422);
    expect((await world.call('siege', 'POST', `/cers/${cer.id}/objectives/${objective.id}/links`, { kind: 'step', targetId: 43 })).status).toBe(403);
    const detail = await world.call<{ objectives: { links: unknown[] }[] }>('referent', 'GET', `/cers/${cer.id}`);
    expect(detail.body.objectives[0].links).toEqual([{ id: linked.body.id, kind: 'step', targetId: 42 }]);
    // The console offers « Lier à un objectif » for the registered kinds, to those who may link.
    expect(await kinds('referent')).toEqual(['positioning', 'step']);
    expect(await kinds('siege')).toEqual([]);
  });

  test('a CER of a file outside the perimeter does not exist', async () => {
    const [cer] = await world.sql<{ id: number }>('SELECT id FROM cers ORDER BY id LIMIT 1');
    for (const path of [`/cers/${cer.id}`, `/cers/${cer.id}/transitions`, `/cers/${cer.id}/document`]) {
      expect((await world.call('otherReferent', 'GET', path)).status).toBe(404);
      expect((await world.call('southSecretariat', 'GET', path)).status).toBe(404);
    }
    expect((await world.call('siege', 'GET', `/cers/${cer.id}`)).status).toBe(200);
    expect((await world.call('referent', 'GET', '/cers/999999')).status).toBe(404);
  });
});
