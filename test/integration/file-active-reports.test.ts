// Alerts and reports of the file active (R1, R3): live, scoped to the caller's perimeter, with
// their parameters, the remembered alert filter, and the Excel export read back with exceljs.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { sortRows } from '@rsa/console-kit';
import { fileMutation } from '../../plugins/file-active/domain/reports/mutation';
import { isNotSubjectToRightsAndDuties, isRightClosed } from '../../plugins/file-active/domain/reports/rights-selectors';
import { fileMutationSql } from '../../plugins/file-active/server/src/services/sql';
import { startWorld, USERS, type Actor, type World } from './file-active-setup';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.app.stop());

type Row = Record<string, string | number | null> & { id: number; beneficiary: number };
const report = async (actor: Actor, name: string, params = '') => w.call<Row[]>(actor, 'GET', `/reports/${name}?range=[0,499]${params}`);
const beneficiaries = (rows: Row[]) => [...new Set(rows.map((r) => r.beneficiary))].sort((a, b) => a - b);

test('sorties de file active – structure: stale files with a référent in force, planned end shown, scoped', async () => {
  const [assignment] = await w.all<{ id: number }>("SELECT id FROM assignments WHERE beneficiary_id = ? AND role = 'parcours'", [w.files.own]);
  const exit = await w.call('referent', 'PUT', `/assignments/${assignment.id}`, { end: '2026-12-31' });
  expect(exit.status).toBe(200);
  const mine = await report('referent', 'caseload-exits');
  expect(beneficiaries(mine.body)).toContain(w.files.own);
  expect(beneficiaries(mine.body)).not.toContain(w.files.other);
  expect(mine.body.find((r) => r.beneficiary === w.files.own)).toMatchObject({ referentEnd: '2026-12-31', updatedFromGenesisOn: '2026-11-02' });
  const nord = await report('secretariat', 'caseload-exits', '&structure=DTAS-NORD');
  // The structure's name as the CMS has it (a renamed structure shows renamed); the parameter is its code.
  expect(nord.body.every((r) => r.referentStructure === 'DTAS Insertion NORD' && r.territory === 'NORD')).toBe(true);
  expect(beneficiaries(nord.body)).toEqual(expect.arrayContaining([w.files.own, w.files.other]));
  expect(nord.headers.get('content-range')).toBe(`reports/caseload-exits 0-${nord.body.length - 1}/${nord.body.length}`);
  const sud = await report('secretariatSud', 'caseload-exits');
  expect(sud.body.every((r) => r.territory === 'SUD')).toBe(true);
  // Files updated by the feed today are not candidates.
  await w.app.strapi.db.connection.raw('UPDATE beneficiaries SET updated_from_genesis_on = ? WHERE id = ?', [new Date().toISOString().slice(0, 10), w.files.other]);
  expect(beneficiaries((await report('secretariat', 'caseload-exits')).body)).not.toContain(w.files.other);
});

test('the Excel export: attachment, escaped cells, French dates, written to the audit trail', async () => {
  await w.app.strapi.db.connection.raw("UPDATE beneficiaries SET first_name = '=HYPERLINK(\"x\")' WHERE id = ?", [w.files.own]);
  const response = await fetch(`${w.app.baseUrl}/api/console/reports/caseload-exits/export?structure=DTAS-NORD`, { headers: { Authorization: `Bearer ${w.tokens.secretariat}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="sorties-de-file-active-\d{4}-\d{2}-\d{2}\.xlsx"$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.name).toBe('Sorties de file active – struct');
  expect(sheet.getRow(1).values).toEqual([undefined, 'Structure référent', 'Référent', 'N° dossier', 'Nom', 'Prénom', 'Date actualisation dossier', 'Début de l’affectation', 'Fin d’affectation']);
  const rows = sheet.getRows(2, sheet.rowCount - 1) ?? [];
  const own = rows.find((r) => r.getCell(5).value === '\'=HYPERLINK("x")');
  expect(own).toBeDefined();
  expect(own?.getCell(6).value).toEqual(new Date('2026-11-02T00:00:00Z'));
  expect(own?.getCell(6).numFmt).toBe('dd/mm/yyyy');
  expect(own?.getCell(8).value).toEqual(new Date('2026-12-31T00:00:00Z'));
  const audit = await w.all("SELECT beneficiary_id FROM audit_entries WHERE action = 'export:report:caseload-exits' AND login = ?", [USERS.secretariat.login]);
  expect(audit.length).toBe(rows.length);
  const other = await fetch(`${w.app.baseUrl}/api/console/reports/caseload-exits/export`, { headers: { Authorization: `Bearer ${w.tokens.secretariatSud}` } });
  const sudBook = new ExcelJS.Workbook();
  await sudBook.xlsx.load((await other.arrayBuffer()) as ExcelJS.Buffer);
  const sudNames = (sudBook.worksheets[0].getColumn(5).values as unknown[]).filter(Boolean);
  expect(sudNames).not.toContain('\'=HYPERLINK("x")');
});

test('file active entries over a period, by référent; a period out of order is refused', async () => {
  const all = await report('cadre', 'file-active', '&from=2017-01-01&to=2026-11-28');
  expect(all.body.length).toBeGreaterThan(0);
  expect(all.body.every((r) => r.territory === 'NORD')).toBe(true);
  const one = await report('cadre', 'file-active', `&from=2017-01-01&to=2026-11-28&referent=${USERS.referent.login}`);
  expect(one.body.every((r) => r.referentLogin === USERS.referent.login)).toBe(true);
  expect(beneficiaries(one.body)).toContain(w.files.own);
  const bad = await w.call<{ message: string }>('cadre', 'GET', '/reports/file-active?from=2026-11-28&to=2026-01-01');
  expect(bad.status).toBe(422);
  expect(bad.body.message).toBe('La fin de la période (01/01/2026) précède son début (28/11/2026).');
  expect((await w.call('cadre', 'GET', '/reports/inconnu')).status).toBe(404);
});

test('dossiers NSDD and fins d’accompagnement à solliciter car droit clos', async () => {
  const nsdd = await report('siege', 'nsdd');
  expect(nsdd.body.length).toBe(2);
  expect((await report('secretariat', 'nsdd')).body).toEqual([]);
  await w.app.strapi.db.connection.raw("UPDATE characteristics SET value = '5' WHERE beneficiary_id = ? AND name = 'Etat du droit' AND until IS NULL", [w.files.own]);
  const closed = await report('secretariat', 'closed-rights');
  expect(closed.body.map((r) => [r.beneficiary, r.rightsState])).toEqual([[w.files.own, 'Droit clos']]);
  expect((await report('otherReferent', 'closed-rights')).body).toEqual([]);
});

test('droits clos and NSDD: a stored value is selected when foldForSearch folds it to the rule’s values, whatever its case, accents or spacing', async () => {
  const cases = [
    {
      report: 'closed-rights',
      name: 'Etat du droit',
      selected: ['Droit Clos', 'DROIT CLÔS', '  droit   clos ', 'Droit clos sur mois ANTÉRIEUR', '6'],
      others: ['Droit clos sur mois', 'droitclos', 'Droit ouvert et versable', '2', '56', ''],
      rule: isRightClosed,
    },
    {
      report: 'nsdd',
      name: 'SDD_NSDD',
      selected: ['nsdd', ' NSDD ', 'NON SOUMIS AUX DROITS ET DEVOIRS', 'Non soumis à droit et devoir', 'non soumis a  droit et devoir'],
      others: ['SDD', 'Soumis aux droits et devoirs', 'Non soumis', 'N.S.D.D.', ''],
      rule: isNotSubjectToRightsAndDuties,
    },
  ];
  for (const { report: name, name: characteristic, selected, others, rule } of cases) {
    // The test's lists are the domain's rule (isRightClosed / isNotSubjectToRightsAndDuties).
    expect([selected.map(rule), others.map(rule)]).toEqual([selected.map(() => true), others.map(() => false)]);
    const rowsOfOwn = async () => (await report('siege', name)).body.filter((r) => r.beneficiary === w.files.own).length;
    const before = await rowsOfOwn();
    try {
      // Every value current at once on one file: one row per selected value, none for the others.
      for (const value of [...selected, ...others]) {
        await w.app.strapi.db.connection.raw(
          "INSERT INTO characteristics (beneficiary_id, family, name, value, source, published_at) VALUES (?, 'Situation RSA', ?, ?, 'test-folding', CURRENT_TIMESTAMP)",
          [w.files.own, characteristic, value],
        );
      }
      expect({ name, rows: await rowsOfOwn() }).toEqual({ name, rows: before + selected.length });
    } finally {
      await w.app.strapi.db.connection.raw("DELETE FROM characteristics WHERE source = 'test-folding'");
    }
  }
  // None of these values stored: `1 = 0`, an empty report.
  const rights = await w.all<{ id: number; value: string }>("SELECT id, value FROM characteristics WHERE name = 'Etat du droit' AND until IS NULL AND value IN ('5', '6')");
  await w.app.strapi.db.connection.raw("UPDATE characteristics SET value = '2' WHERE name = 'Etat du droit' AND until IS NULL AND value IN ('5', '6')");
  try {
    expect((await report('siege', 'closed-rights')).body).toEqual([]);
  } finally {
    for (const r of rights) await w.app.strapi.db.connection.raw('UPDATE characteristics SET value = ? WHERE id = ?', [r.value, r.id]);
  }
});

test('MIDEM requests with their status', async () => {
  await w.call('referent', 'POST', `/beneficiaries/${w.files.own}/midem-request`, { motif: 'Absences', requestedOn: '2026-11-20' });
  const rows = await report('secretariat', 'midem-requests');
  expect(rows.body).toEqual([expect.objectContaining({ beneficiary: w.files.own, motif: 'Absences', requestedOn: '2026-11-20', status: 'en_attente', statusLabel: 'Demande en attente' })]);
  expect((await report('secretariat', 'midem-requests', '&status=traitee')).body).toEqual([]);
  expect((await report('secretariatSud', 'midem-requests')).body).toEqual([]);
});

test('mutations: out of the département, or into a commune of another DTAS', async () => {
  const meta = w.app.strapi.db.metadata.get('api::commune.commune' as never) as unknown as { attributes: { territory: { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } } } };
  const join = meta.attributes.territory.joinTable;
  const sudCommune = await w.one<{ insee_code: string }>(
    `SELECT c.insee_code FROM communes c JOIN ${join.name} j ON j.${join.joinColumn.name} = c.id JOIN territories t ON t.id = j.${join.inverseJoinColumn.name} WHERE t.code = 'SUD' ORDER BY c.insee_code LIMIT 1`,
  );
  await w.app.strapi.db.connection.raw("UPDATE beneficiaries SET insee_code = '26362', city = 'Valence' WHERE id = ?", [w.files.own]);
  await w.app.strapi.db.connection.raw('UPDATE beneficiaries SET insee_code = ? WHERE id = ?', [sudCommune.insee_code, w.files.other]);
  const rows = await report('secretariat', 'mutations');
  const kinds = Object.fromEntries(rows.body.map((r) => [r.beneficiary, r.mutation]));
  expect(kinds[w.files.own]).toBe('hors_departement');
  expect(kinds[w.files.other]).toBe('autre_dtas');
  expect(rows.body.find((r) => r.beneficiary === w.files.other)).toMatchObject({ communeTerritory: 'SUD', mutationLabel: 'Déménagement dans une commune d’une autre DTAS' });
});

test('mutation: fileMutationSql with the CMS communes’ territories ≡ fileMutation, on random files and départements', async () => {
  const meta = w.app.strapi.db.metadata.get('api::commune.commune' as never) as unknown as { attributes: { territory: { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } } } };
  const join = meta.attributes.territory.joinTable;
  const communes = await w.all<{ insee_code: string; code: string }>(
    `SELECT c.insee_code, t.code FROM communes c JOIN ${join.name} j ON j.${join.joinColumn.name} = c.id JOIN territories t ON t.id = j.${join.inverseJoinColumn.name} ORDER BY c.id`,
  );
  expect(new Set(communes.map((c) => c.code)).size).toBeGreaterThan(1);
  const lookup = new Map(communes.map((c) => [c.insee_code, c.code]));
  const runner = w.app.strapi.plugin('file-active').service('reports') as { communeTerritorySql(insee: string): { sql: string; bindings: unknown[] } };
  const insee = fc.oneof(fc.constantFrom(...communes.map((c) => c.insee_code)), fc.constantFrom('26362', '07999', '07', '0', ''), fc.stringMatching(/^0[0-9]{4}$/));
  const territory = fc.constantFrom('NORD', 'SUD', 'CENTRE', null, ...communes.map((c) => c.code));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(insee, territory), { minLength: 1, maxLength: 10 }), fc.constantFrom('07', '26', '0', ''), async (files, department) => {
      const mutation = fileMutationSql('v.i', 'v.t', runner.communeTerritorySql('v.i'), department);
      const got = await w.all<{ k: number; mutation: string | null }>(
        `SELECT v.k, ${mutation.sql} AS mutation FROM (${files.map(() => 'SELECT CAST(? AS INTEGER) AS k, CAST(? AS TEXT) AS i, CAST(? AS TEXT) AS t').join(' UNION ALL ')}) v ORDER BY v.k`,
        [...mutation.bindings, ...files.flatMap(([i, t], k) => [k, i, t])],
      );
      const expected = files.map(([inseeCode, t]) => fileMutation({ inseeCode, territory: t }, (code) => lookup.get(code) ?? null, department));
      expect({ department, files, got: got.map((g) => g.mutation) }).toEqual({ department, files, got: expected });
    }),
    { numRuns: 40, endOnFailure: true },
  );
});

test('alerts follow the remembered filter (file active / sortis / tous)', async () => {
  expect((await w.call('secretariat', 'GET', '/preferences/alert-filter')).body).toEqual({ programme: 'accompagnement_rsa', situation: 'file_active' });
  const active = beneficiaries((await report('secretariat', 'missing-characteristics')).body);
  const [assignment] = await w.all<{ id: number }>("SELECT id FROM assignments WHERE beneficiary_id = ? AND role = 'parcours'", [w.files.other]);
  await w.app.strapi.db.connection.raw("UPDATE assignments SET end_date = '2026-01-31' WHERE id = ?", [assignment.id]);
  expect(beneficiaries((await report('secretariat', 'missing-characteristics')).body)).not.toContain(w.files.other);
  expect((await w.call('secretariat', 'PUT', '/preferences/alert-filter', { situation: 'partis' })).status).toBe(422);
  expect((await w.call('secretariat', 'PUT', '/preferences/alert-filter', { situation: 'sortis' })).body).toEqual({ programme: 'accompagnement_rsa', situation: 'sortis' });
  expect(beneficiaries((await report('secretariat', 'missing-characteristics')).body)).toEqual([w.files.other]);
  await w.call('secretariat', 'PUT', '/preferences/alert-filter', { situation: 'tous' });
  const everything = beneficiaries((await report('secretariat', 'missing-characteristics')).body);
  expect(everything).toEqual(expect.arrayContaining([...active, w.files.other]));
  expect((await w.call('cadre', 'GET', '/preferences/alert-filter')).body).toMatchObject({ situation: 'file_active' });
  const row = (await report('cadre', 'missing-characteristics')).body[0];
  expect(row.missing).toBe('AdministratifCD07 / Niveau de formation, AdministratifCD07 / Permis de conduire, AdministratifCD07 / Mobilité');
});

test('the catalogue: every report with its parameters (pickers, not codes), its columns and its French export name', async () => {
  const catalogue = await w.call<Array<{ id: string; title: string; fileName: string; params: Array<{ name: string; kind: string }>; columns: Array<{ key: string; header: string }> }>>('secretariat', 'GET', '/reports');
  expect(catalogue.status).toBe(200);
  const ids = catalogue.body.map((r) => r.id);
  expect(ids).toEqual(expect.arrayContaining(['standbys-ending', 'missing-characteristics', 'caseload-exits', 'file-active', 'nsdd', 'midem-requests', 'closed-rights', 'mutations', 'cer-by-state', 'cer-validated', 'cer-not-validated', 'files-without-cer', 'cer-renewal']));
  expect(new Set(ids).size).toBe(ids.length);
  const exits = catalogue.body.find((r) => r.id === 'caseload-exits');
  expect(exits?.fileName).toBe('sorties-de-file-active');
  expect(exits?.params.map((p) => [p.name, p.kind])).toEqual([['structure', 'structure'], ['referent', 'referent'], ['territory', 'territory']]);
  expect(exits?.columns.map((c) => c.header)).toEqual(['Structure référent', 'Référent', 'N° dossier', 'Nom', 'Prénom', 'Date actualisation dossier', 'Début de l’affectation', 'Fin d’affectation']);
  for (const r of catalogue.body) expect(r.fileName).toMatch(/^[a-z0-9-]+$/);
  // The pickers' sources: structures and territories by code, référents by profile.
  const [structures, territories, referents] = await Promise.all([
    w.call<Array<{ id: string; name: string }>>('secretariat', 'GET', `/structures?filter=${encodeURIComponent(JSON.stringify({ q: 'nord' }))}`),
    w.call<Array<{ id: string; name: string }>>('secretariat', 'GET', `/territories?filter=${encodeURIComponent(JSON.stringify({ id: ['NORD'] }))}`),
    w.call<Array<{ id: number; login: string }>>('secretariat', 'GET', `/users?filter=${encodeURIComponent(JSON.stringify({ profile: ['referent', 'referent_fse'] }))}&range=[0,99]`),
  ]);
  expect(structures.body.map((s) => s.id)).toContain('DTAS-NORD');
  expect(territories.body.map((t) => t.id)).toEqual(['NORD']);
  expect(referents.body.map((u) => u.login)).toEqual(expect.arrayContaining([USERS.referent.login, USERS.otherReferent.login]));
  // Référents only: no secretariat, cadre or siège in a référent picker.
  const others = Object.values(USERS).filter((u) => !u.profiles.includes('referent')).map((u) => u.login);
  expect(referents.body.filter((u) => others.includes(u.login))).toEqual([]);
});

test('a report is paged by the server with the real total, sorted on a column, narrowed to a référent picked by id (parallel requests)', async () => {
  const whole = await report('siege', 'file-active', '&from=2017-01-01&to=2026-11-28');
  const total = whole.body.length;
  expect(total).toBeGreaterThan(5);
  const [first, second, sorted] = await Promise.all([
    w.call<Row[]>('siege', 'GET', '/reports/file-active?from=2017-01-01&to=2026-11-28&range=[0,4]&sort=["id","ASC"]'),
    w.call<Row[]>('siege', 'GET', '/reports/file-active?from=2017-01-01&to=2026-11-28&range=[5,9]'),
    w.call<Row[]>('siege', 'GET', '/reports/file-active?from=2017-01-01&to=2026-11-28&range=[0,499]&sort=["lastName","DESC"]'),
  ]);
  expect(first.body).toHaveLength(5);
  expect(first.headers.get('content-range')).toBe(`reports/file-active 0-4/${total}`);
  expect(second.headers.get('content-range')).toBe(`reports/file-active 5-${Math.min(9, total - 1)}/${total}`);
  // A sort on something else than a column (react-admin's default id) keeps the report's order.
  expect([...first.body, ...second.body].map((r) => r.id)).toEqual(whole.body.slice(0, 10).map((r) => r.id));
  const names = sorted.body.map((r) => String(r.lastName));
  expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'fr')));
  const [referent] = await w.all<{ id: number }>('SELECT id FROM console_users WHERE login = ?', [USERS.referent.login]);
  const byId = await report('siege', 'file-active', `&from=2017-01-01&to=2026-11-28&referent=${referent.id}`);
  expect(byId.body.length).toBeGreaterThan(0);
  expect(byId.body.every((r) => r.referentLogin === USERS.referent.login)).toBe(true);
  const exits = await report('siege', 'caseload-exits', `&referent=${referent.id}`);
  expect(exits.body.every((r) => r.referentLogin === USERS.referent.login)).toBe(true);
});

test('reports paged in SQL: each column sorts both ways as the in-memory sort does, pages do not overlap, the total is the whole report’s, the page shown is audited', async () => {
  const catalogue = await w.call<Array<{ id: string; columns: Array<{ key: string }> }>>('siege', 'GET', '/reports');
  const cases = [
    ['file-active', '&from=2017-01-01&to=2026-11-28'],
    ['caseload-exits', ''],
    ['closed-rights', ''],
    ['nsdd', ''],
    ['midem-requests', ''],
    ['midem-requests', '&status=en_attente'],
    ['mutations', ''],
    // « Caractéristiques manquantes » is sorted in memory, the other columns in SQL.
    ['missing-characteristics', '&situation=tous'],
  ] as const;
  // A second MIDEM request, older: the latest request first by default.
  await w.app.strapi.db.connection.raw(
    `INSERT INTO characteristics (beneficiary_id, family, name, value, source, published_at)
       SELECT ?, family, name, CASE WHEN name = 'Date demande de MIDEM' THEN '2026-11-10' ELSE 'Retard' END, source, published_at
         FROM characteristics WHERE beneficiary_id = ? AND family = 'AdministratifCD07' AND until IS NULL`,
    [w.files.other, w.files.own],
  );
  for (const [name, params] of cases) {
    const whole = await report('siege', name, params);
    const total = whole.body.length;
    expect({ name, total: total > 0 }).toEqual({ name, total: true });
    const keys = catalogue.body.find((r) => r.id === name)?.columns.map((c) => c.key) ?? [];
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) {
      for (const order of ['ASC', 'DESC'] as const) {
        const sorted = await w.call<Row[]>('siege', 'GET', `/reports/${name}?range=[0,499]&sort=["${key}","${order}"]${params}`);
        expect({ name, key, order, rows: sorted.body.map((r) => r.id) }).toEqual({ name, key, order, rows: sortRows(whole.body, { field: key, order }).map((r) => r.id) });
        const [first, second] = await Promise.all([
          w.call<Row[]>('siege', 'GET', `/reports/${name}?range=[0,0]&sort=["${key}","${order}"]${params}`),
          w.call<Row[]>('siege', 'GET', `/reports/${name}?range=[1,${total + 5}]&sort=["${key}","${order}"]${params}`),
        ]);
        expect([...first.body, ...second.body].map((r) => r.id)).toEqual(sorted.body.map((r) => r.id));
        expect([first.headers.get('content-range'), second.headers.get('content-range')]).toEqual([`reports/${name} 0-0/${total}`, `reports/${name} 1-${Math.max(total - 1, 1)}/${total}`]);
      }
    }
    // Past the end: no row, the total still.
    const past = await w.call<Row[]>('siege', 'GET', `/reports/${name}?range=[${total + 10},${total + 20}]${params}`);
    expect([past.body, past.headers.get('content-range')]).toEqual([[], `reports/${name} ${total + 10}-${total + 10}/${total}`]);
  }
  await w.app.strapi.db.connection.raw("DELETE FROM audit_entries WHERE action = 'read:report:caseload-exits'");
  const page = await w.call<Row[]>('secretariat', 'GET', '/reports/caseload-exits?range=[1,2]&sort=["lastName","DESC"]');
  const read = await w.all<{ beneficiary_id: number }>("SELECT beneficiary_id FROM audit_entries WHERE action = 'read:report:caseload-exits'");
  expect(read.map((a) => Number(a.beneficiary_id)).sort((a, b) => a - b)).toEqual(beneficiaries(page.body));
});

test('one registry serves every report: the file active’s first, then the CER’s and the appointments’; an unknown name is 404', async () => {
  const catalogue = await w.call<Array<{ id: string; group: string }>>('secretariat', 'GET', '/reports');
  const positions = (...groups: string[]) => catalogue.body.flatMap((r, i) => (groups.includes(r.group) ? [i] : []));
  expect(Math.max(...positions('Alertes', 'File active'))).toBeLessThan(Math.min(...positions('CER')));
  expect(Math.max(...positions('CER'))).toBeLessThan(Math.min(...positions('Rendez-vous')));
  for (const path of ['/reports/inconnu', '/reports/inconnu/export']) {
    const unknown = await w.call<{ message: string }>('secretariat', 'GET', path);
    expect([unknown.status, unknown.body.message]).toEqual([404, 'Rapport inconnu : inconnu.']);
  }
  // Another plugin's report is paged and audited by the same rule: a read of every file shown.
  const page = await w.call<Row[]>('secretariat', 'GET', '/reports/files-without-cer?range=[0,1]');
  expect(page.body.length).toBeGreaterThan(0);
  expect(page.headers.get('content-range')).toMatch(new RegExp(`^reports/files-without-cer 0-${page.body.length - 1}/\\d+$`));
  const read = await w.all<{ beneficiary_id: number }>("SELECT beneficiary_id FROM audit_entries WHERE action = 'read:report:files-without-cer' AND login = ?", [USERS.secretariat.login]);
  expect(read.map((a) => Number(a.beneficiary_id)).sort((a, b) => a - b)).toEqual(beneficiaries(page.body));
});
