// The configuration the functional admins edit in the CMS drives the server: every configured list
// is enforced (unknown or deactivated value → 422 in French, nothing stored), deactivated items
// leave the pickers but keep their label in the history, and the characteristics catalogue is read
// from the database (edits seen at once). Admin edits go through Strapi's document service, as the
// admin panel's content manager does.
import path from 'path';
import type { Core } from '@strapi/strapi';
import { q, startWorld, type World } from './file-active-setup';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.app.stop());

const REFERENCE_ITEM = 'api::reference-item.reference-item';
const DEFINITION = 'api::characteristic-definition.characteristic-definition';

const count = async (table: string): Promise<number> => Number((await w.one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)).n);

type Item = { documentId: string; code: string; label: string; active: boolean };
const itemOf = async (list: string, code: string): Promise<Item> => {
  const item = (await w.app.strapi.documents(REFERENCE_ITEM).findFirst({ filters: { list, code } } as never)) as Item | null;
  if (!item) throw new Error(`no item ${list}/${code}`);
  return item;
};
/** What an admin does in the content manager: edits an item of a reference list. */
const adminEditsItem = async (list: string, code: string, data: Partial<Item>) =>
  w.app.strapi.documents(REFERENCE_ITEM).update({ documentId: (await itemOf(list, code)).documentId, data } as never);
const adminAddsItem = async (list: string, code: string, label: string) =>
  w.app.strapi.documents(REFERENCE_ITEM).create({ data: { list, code, label, active: true, position: 99 } } as never);

const picker = async (list: string): Promise<string[]> =>
  (await w.call<Array<{ code: string }>>('referent', 'GET', `/reference-items?filter=${q({ list })}`)).body.map((i) => i.code);

describe('the domain rule is the one the server applies: each configured list', () => {
  // One row per list the console API accepts a value from: how to post a value, where it lands.
  type Case = { list: string; table: string; listName: string; post: (value: string) => Promise<{ status: number; body: { message?: string } }> };
  let cerId = 0;
  const CASES: Case[] = [
    {
      list: 'standby_motif',
      table: 'standbys',
      listName: 'Motif de veille',
      post: (motif) => w.call('referent', 'POST', '/standbys', { beneficiary: w.files.own, start: '2026-11-01', end: null, motif }),
    },
    {
      list: 'job_wish',
      table: 'annex_items',
      listName: 'Souhait métier',
      post: (code) => w.call('referent', 'POST', '/annex-items', { beneficiary: w.files.own, kind: 'job_wish', code }),
    },
    {
      list: 'cer_priority',
      table: 'cers',
      listName: 'Priorité du CER',
      post: (priority) => w.call('referent', 'POST', '/cers', { beneficiary: w.files.own, start: '2026-06-01', end: '2026-11-30', priority }),
    },
    {
      list: 'cer_objective_theme',
      table: 'cer_objectives',
      listName: 'Thème d’objectif CER',
      post: (theme) => w.call('referent', 'POST', `/cers/${cerId}/objectives`, { theme, description: 'Candidater à trois offres' }),
    },
  ];

  beforeAll(async () => {
    const cer = await w.call<{ id: number }>('referent', 'POST', '/cers', { beneficiary: w.files.own, start: '2025-06-01', end: '2025-11-30' });
    if (cer.status !== 201) throw new Error(`CER non créé : ${JSON.stringify(cer.body)}`);
    cerId = cer.body.id;
  });

  test.each(CASES.map((c) => [c.list, c] as const))('%s: unlisted values refused with a French message, in parallel, nothing stored', async (_list, c) => {
    const before = await count(c.table);
    const results = await Promise.all(['Parti pêcher', 'Parti pêcher', 'n’importe quoi'].map((value) => c.post(value)));
    expect(results.map((r) => r.status)).toEqual([422, 422, 422]);
    expect(results[0].body.message).toMatch(new RegExp(`^« Parti pêcher » ne figure pas dans la liste « ${c.listName} »\\. Valeurs possibles : `));
    expect(results[2].body.message).toMatch(/^« n’importe quoi » ne figure pas/);
    expect(await count(c.table)).toBe(before);
  });

  test.each(CASES.map((c) => [c.list, c] as const))(
    '%s: a deactivated item leaves the picker and is refused; reactivated, accepted again; its label stays in history',
    async (_list, c) => {
      const [first] = (await w.call<Array<{ code: string; label: string }>>('referent', 'GET', `/reference-items?filter=${q({ list: c.list })}`)).body;
      await adminEditsItem(c.list, first.code, { active: false });
      expect(await picker(c.list)).not.toContain(first.code);
      const before = await count(c.table);
      for (const value of [first.code, first.label]) {
        const refused = await c.post(value);
        expect(refused.status).toBe(422);
        expect(refused.body.message).toBe(`« ${first.label} » n’est plus proposé dans la liste « ${c.listName} » : choisissez une autre valeur.`);
      }
      expect(await count(c.table)).toBe(before);

      await adminEditsItem(c.list, first.code, { active: true });
      expect(await picker(c.list)).toContain(first.code);
      const accepted = await c.post(first.code);
      expect(accepted.status).toBe(201);
      expect(await count(c.table)).toBe(before + 1);
      // Deactivated afterwards: what was stored keeps reading the same.
      await adminEditsItem(c.list, first.code, { active: false });
      const stored = JSON.stringify(accepted.body);
      expect(stored).toContain(first.label);
      await adminEditsItem(c.list, first.code, { active: true });
    },
  );

  test('a veille whose motif was deactivated still shows it in the file, its history and the timeline', async () => {
    const veilles = await w.call<Array<{ id: number; motif: string }>>('referent', 'GET', `/standbys?filter=${q({ beneficiary: w.files.own })}`);
    const [veille] = veilles.body;
    expect(veille.motif).toBe('Hospitalisation / soins');
    await adminEditsItem('standby_motif', 'hospitalisation_soins', { active: false });
    expect((await w.call<Array<{ motif: string }>>('referent', 'GET', `/standbys?filter=${q({ beneficiary: w.files.own })}`)).body[0].motif).toBe('Hospitalisation / soins');
    const file = await w.call<{ standbys: Array<{ motif: string }> }>('referent', 'GET', `/beneficiaries/${w.files.own}`);
    expect(file.body.standbys.map((s) => s.motif)).toContain('Hospitalisation / soins');
    const timeline = await w.call<Array<{ detail: string }>>('referent', 'GET', `/beneficiaries/${w.files.own}/timeline?filter=${q({ kinds: ['standby'] })}`);
    expect(timeline.body.map((i) => i.detail).join(' ')).toContain('Hospitalisation / soins');
    await adminEditsItem('standby_motif', 'hospitalisation_soins', { active: true });
    expect((await w.call('referent', 'DELETE', `/standbys/${veille.id}`)).status).toBe(200);
  });

  test('a motif an admin adds is offered and accepted at once', async () => {
    expect((await w.call('referent', 'POST', '/standbys', { beneficiary: w.files.own, start: '2026-11-01', end: null, motif: 'Parti pêcher' })).status).toBe(422);
    await adminAddsItem('standby_motif', 'peche', 'Parti pêcher');
    expect(await picker('standby_motif')).toContain('peche');
    const added = await w.call<{ id: number; motif: string }>('referent', 'POST', '/standbys', { beneficiary: w.files.own, start: '2026-11-01', end: null, motif: 'peche' });
    expect(added.status).toBe(201);
    expect(added.body.motif).toBe('Parti pêcher');
    expect((await w.call('referent', 'DELETE', `/standbys/${added.body.id}`)).status).toBe(200);
  });

  test('a code designates one item of its list: a duplicate is refused in the admin panel', async () => {
    await expect(adminAddsItem('standby_motif', 'peche', 'Pêche à la ligne')).rejects.toThrow(/Le code « peche » existe déjà dans cette liste/);
    await expect(adminEditsItem('standby_motif', 'incarceration', { code: 'peche' })).rejects.toThrow(/existe déjà/);
    // The same code in another list is another item.
    await adminAddsItem('job_wish', 'peche', 'Marin pêcheur');
    await adminEditsItem('standby_motif', 'peche', { label: 'Parti pêcher (saison)' });
    expect((await itemOf('standby_motif', 'peche')).label).toBe('Parti pêcher (saison)');
  });

  test('an unknown list name is a 400', async () => {
    const res = await w.call<{ message: string }>('referent', 'GET', `/reference-items?filter=${q({ list: 'nope' })}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Liste de référence inconnue : nope.');
  });
});

describe('the characteristics catalogue is CMS content', () => {
  type Definition = { documentId: string; name: string; values: Array<{ code: string; label: string; aliases: string | null; active: boolean }> };
  const definition = async (name: string): Promise<Definition> =>
    (await w.app.strapi.documents(DEFINITION).findFirst({ filters: { name }, populate: ['values'] } as never)) as unknown as Definition;
  const adminEditsValues = async (name: string, edit: (values: Definition['values']) => Definition['values']) => {
    const d = await definition(name);
    const values = edit(d.values.map(({ code, label, aliases, active }) => ({ code, label, aliases, active })));
    await w.app.strapi.documents(DEFINITION).update({ documentId: d.documentId, data: { values } } as never);
  };
  const definitions = async () =>
    (await w.call<Array<{ family: string; name: string; editable: boolean; required: boolean; values: Array<{ code: string; label: string }> | null }>>('referent', 'GET', '/characteristic-definitions')).body;
  const post = (name: string, value: string) => w.call<{ value: string; label: string; message: string }>('referent', 'POST', '/characteristics', { beneficiary: w.files.own, family: 'AdministratifCD07', name, value });

  test('seeded from the initial catalogue: families, lists with codes and labels, required and Genesis flags', async () => {
    const all = await definitions();
    expect([...new Set(all.map((d) => d.family))]).toEqual(['Situation RSA', 'AdministratifCD07', 'Situation familiale']);
    expect(all.filter((d) => d.required).map((d) => d.name)).toEqual(['Niveau de formation', 'Permis de conduire', 'Mobilité']);
    expect(all.find((d) => d.name === 'Etat du droit')).toMatchObject({ editable: false, values: expect.arrayContaining([{ code: '5', label: 'Droit clos' }]) });
    expect(all.find((d) => d.name === 'Permis de conduire')).toMatchObject({ editable: true, values: [{ code: 'OUI', label: 'Oui' }, { code: 'NON', label: 'Non' }] });
    // Aliases survive the trip through the CMS: "Bus" is a way to type "Transports en commun".
    expect((await post('Mobilité', 'bus')).body).toMatchObject({ value: 'TRANSPORTS', label: 'Transports en commun' });
  });

  test('an admin adds, renames and deactivates list values: the API follows at once', async () => {
    await adminEditsValues('Mobilité', (values) => [...values, { code: 'TROTTINETTE', label: 'Trottinette électrique', aliases: 'Trottinette', active: true }]);
    expect((await definitions()).find((d) => d.name === 'Mobilité')?.values).toContainEqual({ code: 'TROTTINETTE', label: 'Trottinette électrique' });
    const added = await post('Mobilité', 'trottinette');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ value: 'TROTTINETTE', label: 'Trottinette électrique' });

    await adminEditsValues('Mobilité', (values) => values.map((v) => (v.code === 'TROTTINETTE' ? { ...v, label: 'Trottinette' } : v)));
    const history = await w.call<Array<{ name: string; value: string; label: string }>>('referent', 'GET', `/characteristics?filter=${q({ beneficiary: w.files.own })}`);
    expect(history.body.find((c) => c.value === 'TROTTINETTE')?.label).toBe('Trottinette');

    await adminEditsValues('Mobilité', (values) => values.map((v) => (v.code === 'TROTTINETTE' ? { ...v, active: false } : v)));
    expect((await definitions()).find((d) => d.name === 'Mobilité')?.values?.map((v) => v.code)).not.toContain('TROTTINETTE');
    const before = await count('characteristics');
    const refused = await post('Mobilité', 'TROTTINETTE');
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe('« Trottinette » n’est plus proposé dans la liste « Mobilité » : choisissez une autre valeur.');
    expect(await count('characteristics')).toBe(before);
    // The history keeps the label of the deactivated value.
    const file = await w.call<{ characteristics: Array<{ name: string; value: string; label: string }> }>('referent', 'GET', `/beneficiaries/${w.files.own}`);
    expect(file.body.characteristics.find((c) => c.name === 'Mobilité')).toMatchObject({ value: 'TROTTINETTE', label: 'Trottinette' });
  });

  test('the required flag drives the summary', async () => {
    const missing = async () =>
      (await w.call<{ missingCharacteristics: Array<{ name: string }> }>('referent', 'GET', `/beneficiaries/${w.files.own}`)).body.missingCharacteristics.map((m) => m.name);
    expect(await missing()).toContain('Niveau de formation');
    const d = await definition('Niveau de formation');
    await w.app.strapi.documents(DEFINITION).update({ documentId: d.documentId, data: { required: false } } as never);
    expect(await missing()).not.toContain('Niveau de formation');
    await w.app.strapi.documents(DEFINITION).update({ documentId: d.documentId, data: { required: true } } as never);
    expect(await missing()).toContain('Niveau de formation');
  });

  test('the characteristics the feed fills by name can be relabelled but not renamed, handed to the staff or deleted', async () => {
    const rights = await definition('Etat du droit');
    const update = (data: Record<string, unknown>) => w.app.strapi.documents(DEFINITION).update({ documentId: rights.documentId, data } as never);
    const message = /« Etat du droit » est alimentée par le flux Genesis/;
    await expect(update({ name: 'État du droit RSA' })).rejects.toThrow(message);
    await expect(update({ source: 'user' })).rejects.toThrow(message);
    await expect(w.app.strapi.documents(DEFINITION).delete({ documentId: rights.documentId } as never)).rejects.toThrow(message);
    await adminEditsValues('Etat du droit', (values) => values.map((v) => (v.code === '5' ? { ...v, label: 'Droit clôturé' } : v)));
    expect((await definitions()).find((d) => d.name === 'Etat du droit')?.values).toContainEqual({ code: '5', label: 'Droit clôturé' });
  });

  test('a restart never overwrites the admins’ edits', async () => {
    const seed = require(path.resolve(__dirname, '../../cms/dist/src/seed/seed-characteristic-catalogue.js')) as {
      seedCharacteristicCatalogue(strapi: Core.Strapi): Promise<void>;
    };
    const definitionsBefore = await count('characteristic_definitions');
    await seed.seedCharacteristicCatalogue(w.app.strapi);
    expect(await count('characteristic_definitions')).toBe(definitionsBefore);
    expect((await definition('Mobilité')).values.find((v) => v.code === 'TROTTINETTE')).toMatchObject({ label: 'Trottinette', active: false });
  });
});

describe('labels of the configured lists', () => {
  test('are read by list and code through an index (the agenda reads three per appointment)', async () => {
    if (process.env.DATABASE_CLIENT === 'postgres') {
      const indexes = await w.one<{ defs: string }>("SELECT string_agg(indexdef, ' | ') AS defs FROM pg_indexes WHERE tablename = 'reference_items'");
      expect(indexes.defs).toContain('(list, code)');
      return;
    }
    const plan = await w.one<{ detail: string }>("EXPLAIN QUERY PLAN SELECT label FROM reference_items r WHERE r.list = 'place' AND r.code = ?", ['x']);
    expect(plan.detail).toMatch(/USING INDEX ix_reference_items_list_code/);
  });
});
