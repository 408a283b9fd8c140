// A collaborator's structure and territory are CMS content: users:upsert and the admin panel
// refuse a code the CMS does not know (or has deactivated), and the console shows the structure's
// current name, read from the CMS, so a rename shows everywhere at once.
import { runCli, lastJsonLine } from '../support/run-cli';
import { q, startWorld, USERS, type World } from './file-active-setup';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.app.stop());

const STRUCTURE = 'api::structure.structure';
const USER = 'plugin::accounts.console-user';
const users = () => w.app.strapi.plugin('accounts').service('users');
const userRow = (login: string) => w.one<{ structure_code: string; territory_code: string | null }>('SELECT structure_code, territory_code FROM console_users WHERE login = ?', [login]);
const structureDocument = async (code: string) =>
  (await w.app.strapi.documents(STRUCTURE).findFirst({ filters: { code } } as never)) as unknown as { documentId: string; name: string };

describe('users:upsert and the users service', () => {
  test.each([
    ['dtas-nord', 'DTAS-NORD'],
    ['  DTAS-SUD ', 'DTAS-SUD'],
    ['C.C.A.S. Mairie de Privas', 'CCAS-PRIVAS'],
  ])('structure %j is stored as the code %s', async (structure, code) => {
    await users().upsert({ login: 'nouvelle.recrue', profiles: ['referent'], structure, territory: 'nord' });
    expect(await userRow('nouvelle.recrue')).toEqual({ structure_code: code, territory_code: 'NORD' });
  });

  test.each([
    [{ structure: 'DTAS-OUEST' }, /^Structure refusée : « DTAS-OUEST » ne figure pas dans la liste « Structure »\. Valeurs possibles : .*DTAS-NORD \(DTAS Insertion NORD\)/],
    [{ structure: 'DTAS-NORD', territory: 'OUEST' }, /^Territoire refusé : « OUEST » ne figure pas dans la liste « Territoire »\. Valeurs possibles : NORD \(DTAS Nord\), CENTRE \(DTAS Centre\), SUD \(DTAS Sud\)\.$/],
  ])('%j → 422 in French, nothing stored', async (input, message) => {
    const before = await userRow('nouvelle.recrue');
    await expect(users().upsert({ login: 'nouvelle.recrue', profiles: ['referent'], ...input })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(message) });
    await expect(users().upsert({ login: 'inconnu.total', profiles: ['referent'], ...input })).rejects.toMatchObject({ status: 422 });
    expect(await userRow('nouvelle.recrue')).toEqual(before);
    expect(await userRow('inconnu.total')).toBeUndefined();
  });

  test('a structure deactivated in the CMS is refused', async () => {
    const amesud = await structureDocument('AMESUD');
    await w.app.strapi.documents(STRUCTURE).update({ documentId: amesud.documentId, data: { active: false } } as never);
    await expect(users().upsert({ login: 'nouvelle.recrue', profiles: ['referent'], structure: 'AMESUD' })).rejects.toMatchObject({
      status: 422,
      message: 'Structure refusée : « AMESUD (AMESUD) » n’est plus proposé dans la liste « Structure » : choisissez une autre valeur.',
    });
    await w.app.strapi.documents(STRUCTURE).update({ documentId: amesud.documentId, data: { active: true } } as never);
  });

  test('the command: an unknown structure → exit 2 with a French message; a known one → created', async () => {
    const env = w.app.database.env;
    const base = ['--login', 'cli.recrue', '--password', 'Accompagnement-RSA-2026', '--profile', 'referent'];
    const badStructure = await runCli('users-upsert.ts', [...base, '--structure', 'NULLE-PART'], env);
    expect(badStructure.code).toBe(2);
    expect(badStructure.stderr).toMatch(/Structure refusée : « NULLE-PART » ne figure pas dans la liste « Structure »/);
    expect(await userRow('cli.recrue')).toBeUndefined();
    const ok = await runCli('users-upsert.ts', [...base, '--structure', 'dtas-sud', '--territory', 'SUD', '--name', 'Cli RECRUE'], env);
    expect(ok.code).toBe(0);
    expect(lastJsonLine(ok.stdout)).toMatchObject({ login: 'cli.recrue', created: true });
    expect(await userRow('cli.recrue')).toEqual({ structure_code: 'DTAS-SUD', territory_code: 'SUD' });
  });
});

describe('the admin panel', () => {
  test('a collaborator edited with an unknown structure or territory is refused, nothing changed', async () => {
    const doc = (await w.app.strapi.documents(USER).findFirst({ filters: { login: USERS.referent.login } } as never)) as unknown as { documentId: string };
    const before = await userRow(USERS.referent.login);
    await expect(w.app.strapi.documents(USER).update({ documentId: doc.documentId, data: { structureCode: 'DTAS-OUEST' } } as never)).rejects.toThrow(
      /Structure refusée : « DTAS-OUEST » ne figure pas/,
    );
    await expect(w.app.strapi.documents(USER).update({ documentId: doc.documentId, data: { territoryCode: 'OUEST' } } as never)).rejects.toThrow(/Territoire refusé/);
    expect(await userRow(USERS.referent.login)).toEqual(before);
    await w.app.strapi.documents(USER).update({ documentId: doc.documentId, data: { structureCode: 'dtas-nord' } } as never);
    expect(await userRow(USERS.referent.login)).toEqual(before);
  });
});

describe('structure names come from the CMS', () => {
  test('a structure renamed in the CMS shows renamed in the file, the assignments, the pickers and the reports', async () => {
    const nord = await structureDocument('DTAS-NORD');
    await w.app.strapi.documents(STRUCTURE).update({ documentId: nord.documentId, data: { name: 'DTAS du Haut-Vivarais' } } as never);
    const file = await w.call<{ currentReferent: { structure: string; structureName: string }; assignments: Array<{ login: string; structureName: string }> }>(
      'referent',
      'GET',
      `/beneficiaries/${w.files.own}`,
    );
    expect(file.body.currentReferent).toMatchObject({ structure: 'DTAS-NORD', structureName: 'DTAS du Haut-Vivarais' });
    expect(file.body.assignments.find((a) => a.login === USERS.referent.login)?.structureName).toBe('DTAS du Haut-Vivarais');
    const list = await w.call<Array<{ id: number; currentReferent: { structureName: string } | null }>>('referent', 'GET', `/beneficiaries?filter=${q({ id: [w.files.own] })}`);
    expect(list.body.find((b) => b.id === w.files.own)?.currentReferent?.structureName).toBe('DTAS du Haut-Vivarais');
    const picker = await w.call<Array<{ login: string; structureName: string }>>('referent', 'GET', `/users?filter=${q({ q: 'teyssier' })}`);
    expect(picker.body.find((u) => u.login === USERS.referent.login)?.structureName).toBe('DTAS du Haut-Vivarais');
    const report = await w.call<Array<{ beneficiary: number; referentStructure: string }>>('secretariat', 'GET', '/reports/missing-characteristics');
    const structures = new Set(report.body.map((r) => r.referentStructure));
    expect(structures).toContain('DTAS du Haut-Vivarais');
    expect(structures).not.toContain('DTAS-NORD');
  });
});
