import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FeedRow } from '../../plugins/genesis/domain/feed-row';
import { readFeed } from '../../plugins/genesis/domain/read-feed';
import { validateRawRow } from '../../plugins/genesis/domain/validate-row';
import { ardecheCommunes, outsideCommunes } from './commune-catalogue';
import { REFERENTS_FILE, generateFeeds, type GeneratedFeed } from './generate-feeds';
import { referentPool } from './referent-pool';

const SAMPLE = join(__dirname, '../../test/fixtures/genesis/genesis_20261102.csv');
const HOUSEHOLDS = 4000;
const OPTIONS = { households: HOUSEHOLDS, days: 3, seed: 20261102, start: '2026-11-02' };

let dir: string;
let files: string[];
let reports: GeneratedFeed[];
let days: FeedRow[][];

const readRows = async (path: string): Promise<FeedRow[]> => {
  const rows: FeedRow[] = [];
  for await (const record of readFeed(path)) {
    if (record.kind === 'header') {
      expect(record.warnings).toEqual([]);
      continue;
    }
    const result = validateRawRow(record);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    rows.push(result.row);
  }
  return rows;
};

const firstLine = (path: string): string => readFileSync(path, 'utf8').split('\r\n', 1)[0];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'genesis-generate-'));
  reports = [];
  files = await generateFeeds({ ...OPTIONS, outDir: join(dir, 'a'), onFile: (report) => reports.push(report) });
  days = await Promise.all(files.map(readRows));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('one file per consecutive day, named after its extraction date', () => {
  expect(files.map((file) => basename(file))).toEqual(['genesis_20261102.csv', 'genesis_20261103.csv', 'genesis_20261104.csv']);
  expect(reports.map((report) => report.extractionDate)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
  expect(reports[0].changes).toBeNull();
  expect(reports.map((report) => report.rows)).toEqual(days.map((rows) => rows.length));
});

test('same options, byte-identical files; another seed, other files', async () => {
  const again = await generateFeeds({ ...OPTIONS, outDir: join(dir, 'b') });
  const other = await generateFeeds({ ...OPTIONS, seed: 1, outDir: join(dir, 'c') });
  files.forEach((file, index) => {
    expect(readFileSync(again[index]).equals(readFileSync(file))).toBe(true);
    expect(readFileSync(other[index]).equals(readFileSync(file))).toBe(false);
  });
  expect(readFileSync(join(dir, 'b', REFERENTS_FILE), 'utf8')).toBe(readFileSync(join(dir, 'a', REFERENTS_FILE), 'utf8'));
});

test('the header and format are those of the samples: UTF-8 without BOM, CRLF', () => {
  const content = readFileSync(files[0]);
  expect(firstLine(files[0])).toBe(firstLine(SAMPLE));
  expect(content.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
  expect(content.subarray(-2).toString()).toBe('\r\n');
  expect(content.toString('utf8').split('\r\n').some((line) => line.includes('\n'))).toBe(false);
});

test('every generated row passes validateRow, ids are unique', () => {
  // readRows throws on the first rejected row.
  for (const rows of days) expect(new Set(rows.map((row) => row.genesisId)).size).toBe(rows.length);
  expect(days[0].length).toBeGreaterThan(HOUSEHOLDS);
});

test('about 30 % couples: a DEM and a CJT sharing NUM_FOYER, matricule and address', () => {
  const households = new Map<string, FeedRow[]>();
  for (const row of days[0]) households.set(row.householdNumber, [...(households.get(row.householdNumber) ?? []), row]);
  expect(households.size).toBe(HOUSEHOLDS);
  const couples = [...households.values()].filter((members) => members.length === 2);
  expect(couples.length / HOUSEHOLDS).toBeGreaterThan(0.26);
  expect(couples.length / HOUSEHOLDS).toBeLessThan(0.34);
  for (const members of households.values()) expect(members.map((row) => row.role).sort()).toEqual(members.length === 2 ? ['CJT', 'DEM'] : ['DEM']);
  for (const [dem, cjt] of couples) {
    expect(cjt.cafNumber).toBe(dem.cafNumber);
    expect(cjt.address).toEqual(dem.address);
    expect(cjt.territory).toBe(dem.territory);
  }
  const sameReferent = couples.filter(([dem, cjt]) => dem.referentLogin === cjt.referentLogin).length;
  expect(sameReferent / couples.length).toBeGreaterThan(0.8);
});

test('communes are real: Ardèche ones give the DTAS of their arrondissement, a few are elsewhere', () => {
  const known = new Map([...ardecheCommunes(), ...outsideCommunes()].map((commune) => [commune.inseeCode, commune]));
  let outside = 0;
  for (const row of days[0]) {
    const commune = known.get(row.address.inseeCode);
    expect(commune).toBeDefined();
    expect(row.address).toMatchObject({ postalCode: commune?.postalCode, city: commune?.name });
    if (commune?.territory) expect(row.territory).toBe(commune.territory);
    else outside++;
  }
  expect(outside / days[0].length).toBeGreaterThan(0.005);
  expect(outside / days[0].length).toBeLessThan(0.04);
});

test('realistic values: names with accents, apostrophes, hyphens and spaces; varied phones; codes mix', () => {
  const rows = days[0];
  const names = rows.flatMap((row) => [row.lastName, row.firstName]);
  for (const pattern of [/[éèëïçâ]/i, /'/, /-/, / /]) expect(names.some((name) => pattern.test(name))).toBe(true);
  const phoneShapes = new Set(rows.map((row) => (row.phone ?? '').replace(/\d/g, '9')));
  for (const shape of ['', '99 99 99 99 99', '9999999999', '+99999999999', '99.99.99.99.99']) expect(phoneShapes).toContain(shape);
  const share = (test: (row: FeedRow) => boolean): number => rows.filter(test).length / rows.length;
  expect(share((row) => row.rightsState === '2')).toBeGreaterThan(0.8);
  expect(share((row) => row.sdd === 'SDD')).toBeGreaterThan(0.8);
  expect(share((row) => row.midemDate !== null)).toBeGreaterThan(0.005);
  expect(new Set(rows.map((row) => row.orientation))).toEqual(new Set(['SOC', 'PRO', 'SOCPRO', 'TNS', null]));
  expect(share((row) => row.referentStructure.startsWith('DTAS-'))).toBeGreaterThan(0.4);
  expect(share((row) => !row.referentStructure.startsWith('DTAS-'))).toBeGreaterThan(0.3);
  expect(rows.every((row) => row.referentDesignatedOn <= '2026-11-02')).toBe(true);
  expect(rows.some((row) => /[;"]/.test(row.address.line2 ?? ''))).toBe(true);
});

test('référents of the feeds are the pool written to referents.json', () => {
  const written: { login: string }[] = JSON.parse(readFileSync(join(dir, 'a', REFERENTS_FILE), 'utf8'));
  const pool = referentPool(OPTIONS.seed, HOUSEHOLDS);
  expect(written).toEqual(pool.map(({ login, name, structure, territory }) => ({ login, name, structure, territory })));
  const logins = new Set(written.map((referent) => referent.login));
  for (const rows of days) for (const row of rows) expect(logins.has(row.referentLogin)).toBe(true);
});

describe('from one day to the next', () => {
  const compare = (before: FeedRow[], after: FeedRow[]) => {
    const previous = new Map(before.map((row) => [row.genesisId, row]));
    const current = new Map(after.map((row) => [row.genesisId, row]));
    const exits = before.filter((row) => !current.has(row.genesisId));
    const entrants = after.filter((row) => !previous.has(row.genesisId));
    const changed = after.filter((row) => previous.has(row.genesisId) && JSON.stringify(previous.get(row.genesisId)) !== JSON.stringify(row));
    const reoriented = changed.filter((row) => previous.get(row.genesisId)?.referentLogin !== row.referentLogin);
    return { exits, entrants, changed, reoriented, previous };
  };

  test.each([1, 2])('day %i → %i+1: about 2 % of persons differ', (index) => {
    const { exits, entrants, changed } = compare(days[index - 1], days[index]);
    const share = (exits.length + entrants.length + changed.length) / days[index - 1].length;
    expect(share).toBeGreaterThan(0.012);
    expect(share).toBeLessThan(0.035);
    for (const kind of [exits, entrants, changed]) expect(kind.length).toBeGreaterThan(0);
  });

  test('réorientations name a new référent designated that day; entrants have new, higher ids', () => {
    const { entrants, reoriented } = compare(days[0], days[1]);
    expect(reoriented.length).toBeGreaterThan(0);
    for (const row of reoriented) expect(row.referentDesignatedOn).toBe('2026-11-03');
    const highest = Math.max(...days[0].map((row) => Number(row.genesisId)));
    for (const row of entrants) expect(Number(row.genesisId)).toBeGreaterThan(highest);
  });

  test('the kinds of change of the brief all happen over a few days', () => {
    const kinds = new Set<string>();
    for (const index of [1, 2]) {
      const { changed, previous } = compare(days[index - 1], days[index]);
      for (const row of changed) {
        const before = previous.get(row.genesisId);
        if (!before) continue;
        if (before.rightsState !== row.rightsState && ['5', '6'].includes(row.rightsState)) kinds.add('droit clos');
        if (before.address.inseeCode !== row.address.inseeCode) kinds.add(before.territory !== row.territory ? 'move to another DTAS' : 'move');
        if (before.sdd !== row.sdd) kinds.add('sdd');
        if (before.orientation !== row.orientation) kinds.add('orientation');
        if (before.midemDate !== row.midemDate) kinds.add('midem');
      }
    }
    expect([...kinds].sort()).toEqual(['droit clos', 'midem', 'move', 'move to another DTAS', 'orientation', 'sdd']);
  });

  test('closed droits carry a reason', () => {
    for (const rows of days) {
      for (const row of rows.filter((r) => r.rightsState === '5' || r.rightsState === '6')) expect(row.closureReason).not.toBeNull();
    }
  });
});

test.each([
  [{ households: 0 }, 'Nombre de foyers invalide : 0'],
  [{ days: 1.5 }, 'Nombre de jours invalide : 1.5'],
  [{ seed: -1 }, 'Graine invalide : -1'],
  [{ start: '2026-02-30' }, 'Date de début invalide : 2026-02-30'],
])('refuses %j', async (change, message) => {
  await expect(generateFeeds({ ...OPTIONS, outDir: join(dir, 'x'), ...change })).rejects.toThrow(message);
});
