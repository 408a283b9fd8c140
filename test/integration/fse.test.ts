// FSE+ (FEATURES O6, issue 13): a gestionnaire FSE creates an operation and attaches FSE offers;
// an étape on them must lie inside the operation and not overlap another FSE étape of the person
// (refused 422 in French, nothing changed), passes « en convention » when accepted; entry and
// exit questionnaires (exit only after the real end, unknown answers 422, taken-over ones
// read-only) by the référent FSE on their file and the opérateur on their offer; completeness,
// conflicts already in the data (SQL pinned to the domain rule by a property test), the
// participants' Excel export read back; every read and export audited. SQLite and PostgreSQL.
import { randomUUID } from 'crypto';
import ExcelJS from 'exceljs';
import { findConflicts } from '../../plugins/fse/domain/step-rules';
import { startWorld, USERS, q, type World } from './file-active-setup';
import { DEMO_PASSWORD, http, login } from '../support/http';

type Convention = { id: number; beneficiary: number; offer: number; entryStatus: string; exitStatus: string; complete: boolean; canFill: boolean; realStart: string | null; realEnd: string | null };
type ConventionDetail = Convention & { canReadAnswers: boolean; entry: { status: string; readOnly: boolean; answers: Record<string, unknown> | null; questions: Array<{ code: string; choices: Array<{ code: string }> }> }; exit: { status: string; readOnly: boolean; answers: Record<string, unknown> | null } };
type Enrolment = { id: number; state: string };

const GESTIONNAIRE = { login: 'gestionnaire.fse', profiles: ['gestionnaire_fse'], structure: 'SIEGE', territory: 'CENTRE', name: 'Gaëlle FABRE' };
const OPERATOR = { login: 'operateur.cefora', profiles: ['operateur'], structure: 'CEFORA', territory: 'CENTRE', name: 'Odile PERRIN' };
// The référent of the world's files, as a référent FSE.
const REFERENT_FSE = { ...USERS.referent, profiles: ['referent_fse'] };

const ENTRY = { situation_emploi: 'chomeur_longue_duree', niveau_etudes: 'cite_3_4', menage: ['sans_emploi', 'enfants_a_charge'], handicap: 'non', ressortissant_pays_tiers: 'non', origine_etrangere: 'refus', minorite: 'refus', sans_domicile: 'non', zone_rurale: 'oui' };
const EXIT = { sortie_recherche_emploi: 'non', sortie_formation: 'non', sortie_qualification: 'oui', sortie_emploi: 'oui' };

let w: World;
const tokens: Record<string, string> = {};
const ids = { operation: 0, offerA: 0, offerB: 0, outside: 0, first: 0, second: 0, conventionA: 0, conventionB: 0 };

const as = <T = unknown>(who: string, method: string, path: string, body?: unknown) =>
  http<T>(w.app.baseUrl, method, `/api/console${path}`, { token: tokens[who] ?? w.tokens[who as keyof World['tokens']], body });
const count = async (table: string) => Number((await w.one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)).n);
const create = async (uid: string, data: Record<string, unknown>) =>
  (await w.app.strapi.db.query(uid as never).create({ data: { documentId: randomUUID().replace(/-/g, '').slice(0, 24), publishedAt: new Date(), ...data } } as never)) as unknown as { id: number };
const enrol = (offer: number, plannedStart: string, plannedEnd: string) => as<Enrolment & { message: string }>('referentFse', 'POST', '/enrolments', { beneficiary: w.files.own, offer, plannedStart, plannedEnd });
const move = (id: number, body: Record<string, unknown>) => as<Enrolment & { message: string }>(OPERATOR.login, 'POST', `/enrolments/${id}/transitions`, body);

beforeAll(async () => {
  w = await startWorld();
  process.env.APP_TODAY = '2027-01-10';
  const users = w.app.strapi.plugin('accounts').service('users');
  for (const u of [GESTIONNAIRE, OPERATOR, REFERENT_FSE]) await users.upsert({ ...u, password: DEMO_PASSWORD });
  tokens[GESTIONNAIRE.login] = await login(w.app.baseUrl, GESTIONNAIRE.login);
  tokens[OPERATOR.login] = await login(w.app.baseUrl, OPERATOR.login);
  tokens.referentFse = await login(w.app.baseUrl, REFERENT_FSE.login);
  const cefora = (await w.app.strapi.db.query('api::structure.structure').findOne({ where: { code: 'CEFORA' } })) as { id: number };
  ids.offerA = (await create('api::offer.offer', { title: 'FSE 2027 Accompagnateurs emploi', operator: cefora.id, dispositif: 'fse', startDate: '2027-01-01', endDate: '2027-12-31', active: true })).id;
  ids.offerB = (await create('api::offer.offer', { title: 'FSE 2027 Diagnostic formation', operator: cefora.id, dispositif: 'fse', startDate: '2027-01-01', endDate: '2027-12-31', active: true })).id;
}, 420_000);

afterAll(async () => {
  delete process.env.APP_TODAY;
  await w?.app.stop();
});

test('the plugin’s content types and the CMS’s operations and questions exist; the questions are seeded', async () => {
  for (const uid of ['plugin::fse.fse-convention', 'plugin::fse.fse-questionnaire', 'api::fse-operation.fse-operation', 'api::fse-question.fse-question']) {
    expect(Object.keys(w.app.strapi.contentTypes)).toContain(uid);
  }
  const questions = await as<Array<{ code: string; questionnaire: string }>>('referentFse', 'GET', '/fse-questions');
  expect(questions.status).toBe(200);
  expect(questions.body.filter((x) => x.questionnaire === 'entry').map((x) => x.code)).toEqual(expect.arrayContaining(['situation_emploi', 'niveau_etudes', 'menage', 'handicap']));
  expect(questions.body.filter((x) => x.questionnaire === 'exit').map((x) => x.code)).toEqual(['sortie_recherche_emploi', 'sortie_formation', 'sortie_qualification', 'sortie_emploi']);
});

test('the gestionnaire FSE creates an operation with its FSE offers; others may not; bad input 422', async () => {
  const body = { code: 'FSE-2027-AE', name: 'FSE 2027 Accompagnateurs emploi', start: '2027-01-01', end: '2027-06-30', operator: 'CEFORA', budgetLine: 'PO FSE+ 4.1', offers: [ids.offerA, ids.offerB] };
  expect((await as('referentFse', 'POST', '/fse-operations', body)).status).toBe(403);
  const bad = await as<{ message: string }>(GESTIONNAIRE.login, 'POST', '/fse-operations', { ...body, operator: 'INCONNU' });
  expect(bad).toMatchObject({ status: 422, body: { message: 'Opérateur inconnu : « INCONNU ».' } });
  expect((await as<{ message: string }>(GESTIONNAIRE.login, 'POST', '/fse-operations', { ...body, end: '2026-06-30' })).body.message).toMatch(/précède son début/);
  expect(await count('fse_operations')).toBe(0);
  const res = await as<{ id: number; operator: string; offers: Array<{ id: number }> }>(GESTIONNAIRE.login, 'POST', '/fse-operations', body);
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ code: 'FSE-2027-AE', operator: 'CEFORA', budgetLine: 'PO FSE+ 4.1', start: '2027-01-01', end: '2027-06-30' });
  expect(res.body.offers.map((o) => o.id).sort()).toEqual([ids.offerA, ids.offerB].sort());
  ids.operation = res.body.id;
  expect((await as<{ message: string }>(GESTIONNAIRE.login, 'POST', '/fse-operations', body)).body.message).toMatch(/déjà celui d’une autre opération/);
});

describe('beyond the old tool: dates inside the operation, one FSE étape at a time', () => {
  test('planned dates outside the operation: 422 in French, nothing written', async () => {
    const before = await count('positionnements');
    const res = await enrol(ids.offerA, '2027-06-01', '2027-07-31');
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('La date de fin prévue (31/07/2027) est hors de l’opération FSE « FSE 2027 Accompagnateurs emploi », du 01/01/2027 au 30/06/2027 : les dates d’une étape FSE doivent être comprises dans l’opération.');
    expect(await count('positionnements')).toBe(before);
  });

  test('accepted by the operator: the étape passes en convention', async () => {
    const res = await enrol(ids.offerA, '2027-01-15', '2027-06-30');
    expect(res.status).toBe(201);
    ids.first = res.body.id;
    expect(await count('fse_conventions')).toBe(0);
    expect((await move(ids.first, { to: 'etape', realStart: '2027-01-15' })).status).toBe(200);
    const convention = await w.one<{ id: number; operation_id: number; source: string; entered_by_login: string }>('SELECT id, operation_id, source, entered_by_login FROM fse_conventions WHERE positionnement_id = ?', [ids.first]);
    expect(convention).toMatchObject({ operation_id: ids.operation, source: 'application', entered_by_login: OPERATOR.login });
    ids.conventionA = Number(convention.id);
  });

  test('a second FSE étape over the same days is refused, at positionnement and at acceptance; nothing changed', async () => {
    const before = await count('positionnements');
    const overlapping = await enrol(ids.offerB, '2027-03-01', '2027-04-30');
    expect(overlapping.status).toBe(422);
    expect(overlapping.body.message).toBe('Cette personne est déjà sur l’étape FSE « FSE 2027 Accompagnateurs emploi » du 15/01/2027 au 30/06/2027 : une personne ne peut être que sur une étape FSE à la fois. Ajustez d’abord la date de fin réelle de cette étape.');
    expect(await count('positionnements')).toBe(before);
    // The first ends (real end entered): the second fits after it, not over it.
    expect((await move(ids.first, { to: 'termine', realEnd: '2027-02-28', endReason: 'etape_realisee' })).status).toBe(200);
    const second = await enrol(ids.offerB, '2027-03-01', '2027-04-30');
    expect(second.status).toBe(201);
    ids.second = second.body.id;
    const early = await move(ids.second, { to: 'etape', realStart: '2027-02-20' });
    expect(early.status).toBe(422);
    expect(early.body.message).toMatch(/déjà sur l’étape FSE « FSE 2027 Accompagnateurs emploi » du 15\/01\/2027 au 28\/02\/2027/);
    expect(await w.one('SELECT state, real_start FROM positionnements WHERE id = ?', [ids.second])).toEqual({ state: 'positionne', real_start: null });
    expect(await count('fse_conventions')).toBe(1);
    expect((await move(ids.second, { to: 'etape', realStart: '2027-03-01' })).status).toBe(200);
    ids.conventionB = Number((await w.one<{ id: number }>('SELECT id FROM fse_conventions WHERE positionnement_id = ?', [ids.second])).id);
  });

  test('a real end after the operation is refused', async () => {
    const res = await move(ids.second, { to: 'termine', realEnd: '2027-07-15', endReason: 'etape_realisee' });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/fin réelle \(15\/07\/2027\) est hors de l’opération FSE/);
  });

  test('an ordinary offer is not concerned', async () => {
    const plain = await create('api::offer.offer', { title: 'Atelier CV', startDate: '2027-01-01', endDate: '2027-12-31', active: true });
    expect((await enrol(plain.id, '2027-03-01', '2027-04-30')).status).toBe(201);
  });
});

describe('questionnaires: entry from the start, exit after the real end, answers checked', () => {
  test('statuses on the file: red where missing, grey for an exit not yet possible', async () => {
    const res = await as<Convention[]>('referentFse', 'GET', `/fse-conventions?filter=${q({ beneficiary: w.files.own })}`);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.map((c) => [c.id, c]));
    expect(byId.get(ids.conventionA)).toMatchObject({ entryStatus: 'missing', exitStatus: 'missing', complete: false, canFill: true, realEnd: '2027-02-28' });
    expect(byId.get(ids.conventionB)).toMatchObject({ entryStatus: 'missing', exitStatus: 'unavailable', canFill: true });
  });

  test('unknown question or answer: 422, nothing saved', async () => {
    const unknownAnswer = await as<{ message: string }>('referentFse', 'PUT', `/fse-conventions/${ids.conventionA}/questionnaires/entry`, { answers: { ...ENTRY, niveau_etudes: 'doctorat' } });
    expect(unknownAnswer).toMatchObject({ status: 422, body: { message: 'Réponse inconnue à la question « Plus haut niveau de diplôme obtenu » : « doctorat ».' } });
    const unknownQuestion = await as<{ message: string }>('referentFse', 'PUT', `/fse-conventions/${ids.conventionA}/questionnaires/entry`, { answers: { ...ENTRY, couleur: 'bleu' } });
    expect(unknownQuestion.status).toBe(422);
    const missing = await as<{ message: string }>('referentFse', 'PUT', `/fse-conventions/${ids.conventionA}/questionnaires/entry`, { answers: { situation_emploi: 'inactif' } });
    expect(missing.body.message).toBe('Répondez à la question « Plus haut niveau de diplôme obtenu ».');
    expect(await count('fse_questionnaires')).toBe(0);
  });

  test('the référent FSE fills the entry questionnaire: green', async () => {
    const res = await as<ConventionDetail>('referentFse', 'PUT', `/fse-conventions/${ids.conventionA}/questionnaires/entry`, { answers: ENTRY });
    expect(res.status).toBe(200);
    expect(res.body.entry).toMatchObject({ status: 'complete', readOnly: false, answers: ENTRY });
  });

  test('the exit questionnaire waits for the real end (409), the opérateur fills the entry of their offer’s étape', async () => {
    const early = await as<{ message: string }>('referentFse', 'PUT', `/fse-conventions/${ids.conventionB}/questionnaires/exit`, { answers: EXIT });
    expect(early).toMatchObject({ status: 409, body: { message: 'Le questionnaire de sortie se saisit une fois la date de fin réelle de l’étape saisie.' } });
    const byOperator = await as<ConventionDetail>(OPERATOR.login, 'PUT', `/fse-conventions/${ids.conventionB}/questionnaires/entry`, { answers: ENTRY });
    expect(byOperator.status).toBe(200);
    expect((await move(ids.second, { to: 'termine', realEnd: '2027-04-30', endReason: 'etape_realisee' })).status).toBe(200);
    const exit = await as<ConventionDetail>('referentFse', 'PUT', `/fse-conventions/${ids.conventionB}/questionnaires/exit`, { answers: EXIT });
    expect(exit.status).toBe(200);
    expect(exit.body).toMatchObject({ complete: true, entryStatus: 'complete', exitStatus: 'complete' });
  });

  test('a questionnaire taken over from the previous tool is read-only', async () => {
    const now = new Date();
    await w.app.strapi.db.connection.raw(
      'INSERT INTO fse_questionnaires (document_id, convention_id, beneficiary_id, kind, answers, source, saved_at, created_at, updated_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ['reprise00000000000000001', ids.conventionA, w.files.own, 'exit', JSON.stringify({ sortie_emploi: 'non' }), 'reprise', now, now, now, now],
    );
    const res = await as<{ message: string }>('referentFse', 'PUT', `/fse-conventions/${ids.conventionA}/questionnaires/exit`, { answers: EXIT });
    expect(res).toMatchObject({ status: 409, body: { message: 'Ce questionnaire a été repris de l’ancien outil : il est en lecture seule.' } });
    const detail = await as<ConventionDetail>('referentFse', 'GET', `/fse-conventions/${ids.conventionA}`);
    expect(detail.body.exit).toMatchObject({ status: 'complete', readOnly: true, answers: { sortie_emploi: 'non' } });
  });

  test('who reads what: a cadre sees the statuses, not the answers, and may not fill; outside the perimeter 404', async () => {
    const cadre = await as<ConventionDetail>('cadre', 'GET', `/fse-conventions/${ids.conventionA}`);
    expect(cadre.status).toBe(200);
    expect(cadre.body).toMatchObject({ canReadAnswers: false, entry: { status: 'complete', answers: null } });
    expect((await as('cadre', 'PUT', `/fse-conventions/${ids.conventionB}/questionnaires/entry`, { answers: ENTRY })).status).toBe(403);
    expect((await as('otherReferent', 'GET', `/fse-conventions/${ids.conventionA}`)).status).toBe(404);
    expect((await as('secretariatSud', 'GET', `/fse-conventions?filter=${q({ beneficiary: w.files.own })}`)).status).toBe(404);
    const gestionnaire = await as<ConventionDetail>(GESTIONNAIRE.login, 'GET', `/fse-conventions/${ids.conventionA}`);
    expect(gestionnaire.body).toMatchObject({ canReadAnswers: true, entry: { answers: ENTRY, readOnly: true } });
  });
});

describe('the gestionnaire FSE’s console', () => {
  test('completeness per operation and per operator; missing questionnaires to chase', async () => {
    const byOperation = await as<Array<Record<string, unknown>>>(GESTIONNAIRE.login, 'GET', `/fse-completeness?filter=${q({ by: 'operation' })}`);
    expect(byOperation.body).toEqual([{ id: 'FSE-2027-AE', label: 'FSE-2027-AE — FSE 2027 Accompagnateurs emploi', conventions: 2, entryMissing: 0, exitMissing: 0, exitPending: 0, complete: 2, rate: 100 }]);
    const byOperator = await as<Array<Record<string, unknown>>>(GESTIONNAIRE.login, 'GET', `/fse-completeness?filter=${q({ by: 'operator' })}`);
    expect(byOperator.body).toEqual([expect.objectContaining({ id: 'CEFORA', conventions: 2, complete: 2 })]);
    expect((await as('referentFse', 'GET', '/fse-completeness')).status).toBe(403);
    await w.app.strapi.db.connection.raw("DELETE FROM fse_questionnaires WHERE convention_id = ? AND kind = 'exit'", [ids.conventionB]);
    const missing = await as<Convention[]>(GESTIONNAIRE.login, 'GET', `/fse-conventions?filter=${q({ missing: true })}`);
    expect(missing.body.map((c) => [c.id, c.entryStatus, c.exitStatus])).toEqual([[ids.conventionB, 'complete', 'missing']]);
  });

  test('the conflicts already in the data (taken over before the rules): overlaps and dates outside', async () => {
    const now = new Date();
    const insert = async (beneficiary: number, offer: number, start: string, end: string) => {
      const [row] = (await w.all<{ id: number }>(
        "INSERT INTO positionnements (document_id, beneficiary_id, offer_id, state, planned_start, planned_end, real_start, created_at, updated_at, published_at) VALUES (?, ?, ?, 'etape', ?, ?, ?, ?, ?, ?) RETURNING id",
        [randomUUID().slice(0, 24), beneficiary, offer, start, end, start, now, now, now],
      ));
      return Number(row.id);
    };
    const a = await insert(w.files.other, ids.offerA, '2027-02-01', '2027-05-31');
    const b = await insert(w.files.other, ids.offerB, '2027-05-01', '2027-08-31');
    const res = await as<Array<{ kind: string; beneficiary: number; step: { id: number }; otherStep: { id: number } | null }>>(GESTIONNAIRE.login, 'GET', '/fse-conflicts');
    expect(res.status).toBe(200);
    expect(res.body.map((c) => [c.kind, c.beneficiary, c.step.id, c.otherStep?.id ?? null])).toEqual([
      ['outside_operation', w.files.other, b, null],
      ['overlap', w.files.other, a, b],
    ]);
    expect((await as('cadre', 'GET', '/fse-conflicts')).status).toBe(403);
  });

  test('property: the conflict SQL finds exactly what the domain rule finds, on random étapes', async () => {
    const conventions = w.app.strapi.plugin('fse').service('conventions');
    let seed = 20270101;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const day = (n: number) => new Date(Date.UTC(2026, 11, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const files = [w.files.own, w.files.other, w.files.sud, w.files.ccas];
    const now = new Date();
    for (let i = 0; i < 40; i += 1) {
      const start = rand(240);
      const end = start + rand(90);
      const realEnd = rand(3) === 0 ? day(start + rand(end - start + 1)) : null;
      await w.app.strapi.db.connection.raw(
        'INSERT INTO positionnements (document_id, beneficiary_id, offer_id, state, planned_start, planned_end, real_start, real_end, created_at, updated_at, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [randomUUID().slice(0, 24), files[rand(files.length)], rand(2) === 0 ? ids.offerA : ids.offerB, ['etape', 'termine', 'positionne', 'refuse'][rand(4)], day(start), day(end), rand(2) === 0 ? day(start) : null, realEnd, now, now, now],
      );
    }
    const sql = await conventions.conflictsSql();
    const domain = findConflicts(await conventions.fseSteps());
    const key = (c: { kind: string; stepId: number; otherStepId: number | null }) => `${c.kind}:${c.stepId}:${c.otherStepId}`;
    expect(sql.map(key).sort()).toEqual(domain.map(key).sort());
    expect(domain.length).toBeGreaterThan(2);
  });

  test('the Excel export of participants and indicators, read back; audited; for the gestionnaire only', async () => {
    const response = await fetch(`${w.app.baseUrl}/api/console/fse-participants/export?filter=${q({ operation: ids.operation })}`, { headers: { Authorization: `Bearer ${tokens[GESTIONNAIRE.login]}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Participants FSE');
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header).toEqual(expect.arrayContaining(['Opération', 'N° dossier', 'Tranche d’âge à l’entrée', 'Situation sur le marché du travail à l’entrée', 'Plus haut niveau de diplôme obtenu', 'À la sortie, occupe un emploi (y compris indépendant)']));
    const rows = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) rows.push(sheet.getRow(r));
    const file = await w.one<{ file_number: string }>('SELECT file_number FROM beneficiaries WHERE id = ?', [w.files.own]);
    const mine = rows.filter((row) => row.getCell(header.indexOf('N° dossier') + 1).value === file.file_number);
    expect(mine).toHaveLength(2);
    const cell = (row: ExcelJS.Row, name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(mine.map((row) => cell(row, 'Situation sur le marché du travail à l’entrée'))).toEqual(['Chômeur de longue durée (12 mois et plus)', 'Chômeur de longue durée (12 mois et plus)']);
    expect(mine.map((row) => cell(row, 'Situation du ménage'))).toContain('Ménage dont aucun membre n’a d’emploi ; Avec enfants à charge');
    expect((cell(mine[0], 'Entrée (début réel)') as Date).toISOString().slice(0, 10)).toMatch(/^2027-0[13]-(15|01)$/);
    const exported = await w.one<{ n: number }>("SELECT COUNT(*) AS n FROM audit_entries WHERE login = ? AND action = 'export:fse-participants' AND beneficiary_id = ?", [GESTIONNAIRE.login, w.files.own]);
    expect(Number(exported.n)).toBe(1);
    expect((await as('referentFse', 'GET', '/fse-participants/export')).status).toBe(403);
  });

  test('every read is audited: lists, details and changes name the file', async () => {
    const actions = (await w.all<{ action: string }>('SELECT DISTINCT action FROM audit_entries WHERE beneficiary_id = ? AND action LIKE ?', [w.files.own, '%fse%'])).map((r) => r.action).sort();
    expect(actions).toEqual(['change:fse-questionnaire', 'export:fse-participants', 'read:fse-completeness', 'read:fse-conventions', 'read:fse-questionnaire']);
  });
});
