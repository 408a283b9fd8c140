// The report registry alone: dispatch by name, the catalogue in registration order, a provider
// registered again replaced, an unknown name refused (404), the page shown audited.
import type { ConsoleUser, ReportProvider } from '@rsa/console-kit';
import createRegistry from './report-registry';

const user = { id: 1, login: 'sec.nord', name: 'Sophie', profiles: ['secretariat'], structureCode: 'DTAS-NORD', territoryCode: 'NORD' } as ConsoleUser;
const provider = (group: string, names: string[], rows: Array<Record<string, unknown>> = []): ReportProvider => ({
  names,
  catalogue: () => names.map((id) => ({ id, title: id, group, fileName: id, params: [], columns: [{ key: 'n', header: 'N' }] })),
  list: async () => ({ rows, columnKeys: ['n'] }),
  export: async ({ name }) => ({ filename: `${group}-${name}.xlsx`, buffer: Buffer.from(group) }),
});

const setUp = () => {
  const audited: Array<[string, unknown[]]> = [];
  const audit = { recordMany: async (_u: ConsoleUser, action: string, ids: unknown[]) => void audited.push([action, ids]) };
  const strapi = { plugin: () => ({ service: () => audit }) };
  return { registry: createRegistry({ strapi } as never), audited };
};

test('catalogue in registration order; the same names registered again replace the provider', async () => {
  const { registry } = setUp();
  registry.register(provider('File active', ['a', 'b']));
  registry.register(provider('CER', ['c']));
  registry.register(provider('CER bis', ['c']));
  expect(registry.catalogue(user).map((r) => `${r.group}:${r.id}`)).toEqual(['File active:a', 'File active:b', 'CER bis:c']);
  expect((await registry.export({ user, name: 'c', params: {} })).filename).toBe('CER bis-c.xlsx');
});

test('an unknown name is a 404, listed or exported', async () => {
  const { registry } = setUp();
  await expect(registry.show({ user, name: 'x', params: {} }, {})).rejects.toMatchObject({ status: 404, message: 'Rapport inconnu : x.' });
  await expect(registry.export({ user, name: 'x', params: {} })).rejects.toMatchObject({ status: 404 });
});

test('the page asked for, sorted on a column, its files audited; every row without a range', async () => {
  const { registry, audited } = setUp();
  registry.register(provider('File active', ['a'], [{ id: 1, n: 3, beneficiary: 10 }, { id: 2, n: 1, beneficiary: 20 }, { id: 3, n: 2 }]));
  const page = await registry.show({ user, name: 'a', params: {} }, { sort: '["n","ASC"]', range: '[0,1]' });
  expect([page.rows.map((r) => r.id), page.total]).toEqual([[2, 3], 3]);
  expect(audited).toEqual([['read:report:a', [20, null]]]);
  expect((await registry.show({ user, name: 'a', params: {} }, {})).rows).toHaveLength(3);
});

test('a provider paging itself is asked for the page only: the sort on a column (else none), the range (null without one); its page audited', async () => {
  const { registry, audited } = setUp();
  const asked: unknown[] = [];
  registry.register({
    ...provider('File active', ['p']),
    list: async () => {
      throw new Error('not asked for every row');
    },
    columnKeys: () => ['n'],
    page: async (_ctx, query) => {
      asked.push(query);
      return { rows: [{ id: 7, n: 1, beneficiary: 70 }], total: 42 };
    },
  });
  const page = await registry.show({ user, name: 'p', params: {} }, { sort: '["n","DESC"]', range: '[5,9]' });
  expect([page.rows.map((r) => r.id), page.total, page.query.range]).toEqual([[7], 42, { start: 5, end: 9 }]);
  await registry.show({ user, name: 'p', params: {} }, { sort: '["id","ASC"]' });
  const whole = await registry.show({ user, name: 'p', params: {} }, {});
  expect(whole.query.range).toEqual({ start: 0, end: 41 });
  expect(asked).toEqual([
    { sort: { field: 'n', order: 'DESC' }, range: { start: 5, end: 9 } },
    { sort: null, range: null },
    { sort: null, range: null },
  ]);
  expect(audited).toEqual([['read:report:p', [70]], ['read:report:p', [70]], ['read:report:p', [70]]]);
});
