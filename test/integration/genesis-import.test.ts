// The Genesis import, rule by rule (GENESIS_FEED.md), on the three sample days.
import { startTestApp, type TestApp } from '../support/test-app';
import { SAMPLE_FEEDS, readSample, writeFeed } from '../support/fixtures';

let app: TestApp;
const run = (options: Record<string, unknown>) => app.strapi.plugin('genesis').service('feed-import').run(options);
const db = () => app.strapi.db.connection;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.stop());

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []));
const one = async <T = Record<string, unknown>>(sql: string, bindings: unknown[] = []): Promise<T> => rowsOf<T>(await db().raw(sql, bindings))[0];

test('day 1: every person gets a file, an enrolment and a référent de parcours', async () => {
  const summary = await run({ file: SAMPLE_FEEDS[0] });
  expect(summary.status).toBe('done');
  expect(summary.extractionDate).toBe('2026-11-02');
  expect(summary.rows).toBe(48);
  expect(summary.created + summary.rejected).toBe(48);
  expect(summary.updated).toBe(0);
  const count = await one<{ n: number }>('SELECT COUNT(*) AS n FROM beneficiaries');
  expect(Number(count.n)).toBe(summary.created);
  const anais = await one<Record<string, unknown>>("SELECT * FROM beneficiaries WHERE genesis_id = '10474354'");
  expect(anais.first_name).toBe('Anaïs');
  expect(anais.file_number).toMatch(/^\d{6}$/);
  expect(anais.updated_from_genesis_on).toBe('2026-11-02');
  expect(anais.email).toBe('soubeyrand.897@exemple.fr');
  const assignment = await one<Record<string, unknown>>('SELECT * FROM assignments WHERE beneficiary_id = ?', [anais.id]);
  expect(assignment).toMatchObject({ login: 'djilali.teyssier34', role: 'parcours', start_date: '2022-01-25', end_date: null });
  const enrolment = await one<Record<string, unknown>>('SELECT * FROM enrolments WHERE beneficiary_id = ?', [anais.id]);
  expect(enrolment).toMatchObject({ state: 'entree', entered_on: '2022-01-25' });
  const state = await one<Record<string, unknown>>("SELECT value FROM characteristics WHERE beneficiary_id = ? AND name = 'Etat du droit' AND until IS NULL", [anais.id]);
  expect(state.value).toBe('2');
  // Unknown référents become accounts without login rights, with a warning.
  const user = await one<Record<string, unknown>>("SELECT * FROM console_users WHERE login = 'djilali.teyssier34'");
  expect(Boolean(user.can_login)).toBe(false);
  expect(summary.warnings.some((w: string) => w.includes('djilali.teyssier34'))).toBe(true);
  // GENESIS_FEED.md rule 2: droit events are changes of known persons; new files record none.
  const events = await one<{ n: number | string }>('SELECT COUNT(*) AS n FROM rights_events');
  expect(Number(events.n)).toBe(0);
});

test('couples: two files linked by household', async () => {
  const [row] = rowsOf<{ household_number: string; n: number }>(
    await db().raw('SELECT household_number, COUNT(*) AS n FROM beneficiaries GROUP BY household_number HAVING COUNT(*) > 1'),
  );
  expect(row).toBeDefined();
  expect(Number(row.n)).toBe(2);
});

test('importing the same file again changes nothing (idempotent)', async () => {
  const before = await one<{ n: number }>('SELECT COUNT(*) AS n FROM characteristics');
  const summary = await run({ file: SAMPLE_FEEDS[0] });
  expect(summary).toMatchObject({ created: 0, updated: 0, reoriented: 0, reinstated: 0 });
  expect(summary.unchanged + summary.rejected).toBe(48);
  const after = await one<{ n: number }>('SELECT COUNT(*) AS n FROM characteristics');
  expect(Number(after.n)).toBe(Number(before.n));
});

test('a sortie entered in the application is reverted when the feed still names the same référent', async () => {
  const anais = await one<{ id: number }>("SELECT id FROM beneficiaries WHERE genesis_id = '10474354'");
  await db().raw("UPDATE assignments SET end_date = '2026-11-30' WHERE beneficiary_id = ?", [anais.id]);
  const phoneBefore = await one<{ phone: string | null }>('SELECT phone FROM beneficiaries WHERE id = ?', [anais.id]);
  await db().raw("UPDATE beneficiaries SET phone = '+33611223344', email = 'nouvelle@exemple.fr' WHERE id = ?", [anais.id]);
  const summary = await run({ file: SAMPLE_FEEDS[1] });
  expect(summary.status).toBe('done');
  expect(summary.reinstated).toBeGreaterThanOrEqual(1);
  const assignment = await one<{ end_date: string | null }>("SELECT end_date FROM assignments WHERE beneficiary_id = ? AND role = 'parcours'", [anais.id]);
  expect(assignment.end_date).toBeNull();
  const event = await one<{ kind: string }>("SELECT kind FROM file_events WHERE beneficiary_id = ? AND kind = 'sortie_reverted'", [anais.id]);
  expect(event).toBeDefined();
  // Contact data belong to the application after creation.
  const contact = await one<{ phone: string; email: string }>('SELECT phone, email FROM beneficiaries WHERE id = ?', [anais.id]);
  expect(contact).toEqual({ phone: '+33611223344', email: 'nouvelle@exemple.fr' });
  expect(phoneBefore).toBeDefined();
});

test('an older file is refused unless forced', async () => {
  const refused = await run({ file: SAMPLE_FEEDS[0] });
  expect(refused.status).toBe('refused');
  expect(refused.errors[0].message).toMatch(/plus ancien/);
  const forced = await run({ file: SAMPLE_FEEDS[0], dryRun: true, force: true });
  expect(forced.status).toBe('dry_run');
});

test('day 3: réorientation ends the old assignment on the extraction date and opens the new one', async () => {
  const day2 = await one<{ n: number }>("SELECT COUNT(*) AS n FROM assignments WHERE role = 'parcours'");
  const summary = await run({ file: SAMPLE_FEEDS[2] });
  expect(summary.status).toBe('done');
  const day3 = await one<{ n: number }>("SELECT COUNT(*) AS n FROM assignments WHERE role = 'parcours'");
  expect(Number(day3.n)).toBe(Number(day2.n) + summary.created + summary.reoriented);
  if (summary.reoriented > 0) {
    const ended = await one<{ n: number }>("SELECT COUNT(*) AS n FROM assignments WHERE end_date = '2026-11-04' AND ended_by_login = 'genesis'");
    expect(Number(ended.n)).toBe(summary.reoriented);
  }
  expect(summary.created + summary.updated + summary.unchanged + summary.rejected).toBe(summary.rows);
});

test('bad rows are rejected with line, column and a French message; duplicates reject every row', async () => {
  const lines = readSample(2).split(/\r?\n/);
  const header = lines[0];
  const columns = header.split(';');
  const birth = columns.indexOf('DATE_NAISSANCE');
  const bad = lines[1].split(';');
  bad[birth] = '31/02/1990';
  const dup = lines[2];
  const content = [header, bad.join(';'), dup, dup, lines[3]].join('\r\n') + '\r\n';
  const file = writeFeed('genesis_20261105.csv', content);
  const summary = await run({ file });
  expect(summary.status).toBe('done');
  expect(summary.rows).toBe(4);
  expect(summary.rejected).toBe(3);
  expect(summary.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ line: 2, column: 'DATE_NAISSANCE', message: expect.stringMatching(/31\/02\/1990/) }),
      expect.objectContaining({ line: 3, column: 'ID_INDIVIDU' }),
      expect.objectContaining({ line: 4, column: 'ID_INDIVIDU' }),
    ]),
  );
  const untouched = await one<{ updated_from_genesis_on: string }>('SELECT updated_from_genesis_on FROM beneficiaries WHERE genesis_id = ?', [bad[0]]);
  expect(untouched.updated_from_genesis_on).not.toBe('2026-11-05');
});

test('a broken file is refused whole and changes nothing', async () => {
  const before = await one<{ n: number }>('SELECT COUNT(*) AS n FROM characteristics');
  const header = readSample(0).split(/\r?\n/)[0].replace(';DTAS;', ';');
  const file = writeFeed('genesis_20261106.csv', `${header}\r\n`);
  const summary = await run({ file });
  expect(summary.status).toBe('refused');
  expect(summary.errors[0].message).toMatch(/DTAS/);
  const after = await one<{ n: number }>('SELECT COUNT(*) AS n FROM characteristics');
  expect(after.n).toEqual(before.n);
  const record = await one<{ status: string }>('SELECT status FROM feed_imports ORDER BY id DESC LIMIT 1');
  expect(record.status).toBe('refused');
});

test('a Windows-1252 file imports the same as UTF-8', async () => {
  const text = readSample(2).replace(/^\uFEFF/, '');
  const latin1 = Buffer.from(text, 'latin1');
  const file = writeFeed('genesis_20261107.csv', latin1);
  const summary = await run({ file, encoding: 'latin1' });
  expect(summary.status).toBe('done');
  expect(summary.created).toBe(0);
  const anais = await one<{ first_name: string; updated_from_genesis_on: string }>("SELECT first_name, updated_from_genesis_on FROM beneficiaries WHERE genesis_id = '10474354'");
  expect(anais.first_name).toBe('Anaïs');
  const auto = await run({ file: writeFeed('genesis_20261108.csv', latin1) });
  expect(auto.status).toBe('done');
  expect(auto.updated).toBe(0);
});

test('a droit event is recorded for a known person whose état du droit changes, none for a file created the same day', async () => {
  const lines = readSample(2).replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const header = lines[0].split(';');
  const col = (name: string) => header.indexOf(name);
  const anais = lines.find((l) => l.startsWith('10474354;'))?.split(';') as string[];
  const changed = [...anais];
  changed[col('ETAT_DROIT')] = '5';
  changed[col('DATE_ETAT_DROIT')] = '15/11/2026';
  const newcomer = [...anais];
  newcomer[col('ID_INDIVIDU')] = '99900001';
  newcomer[col('NUM_FOYER')] = '99900001';
  newcomer[col('MATRICULE')] = '9990001';
  newcomer[col('PRENOM')] = 'Nouvelle';
  const others = lines.slice(1).filter((l) => !l.startsWith('10474354;'));
  const file = writeFeed('genesis_20261120.csv', [lines[0], ...others, changed.join(';'), newcomer.join(';')].join('\r\n') + '\r\n');
  const before = await one<{ n: number | string }>('SELECT COUNT(*) AS n FROM rights_events');
  const summary = await run({ file });
  expect(summary.status).toBe('done');
  expect(summary.created).toBe(1);
  const events = rowsOf<{ genesis_id: string; name: string; old_value: string | null; new_value: string }>(
    await db().raw('SELECT b.genesis_id, e.name, e.old_value, e.new_value FROM rights_events e JOIN beneficiaries b ON b.id = e.beneficiary_id WHERE e.occurred_on = ?', ['2026-11-20']),
  );
  expect(events.filter((e) => e.genesis_id === '99900001')).toEqual([]);
  expect(events.filter((e) => e.genesis_id === '10474354')).toEqual([{ genesis_id: '10474354', name: 'Etat du droit', old_value: '2', new_value: '5' }]);
  const after = await one<{ n: number | string }>('SELECT COUNT(*) AS n FROM rights_events');
  expect(Number(after.n) - Number(before.n)).toBe(events.length);
});

test('an empty extraction (header, blank lines) and a file dated after today are refused whole', async () => {
  process.env.APP_TODAY = '2026-12-15';
  try {
    const header = readSample(2).split(/\r?\n/)[0];
    const empty = await run({ file: writeFeed('genesis_20261211.csv', `${header}\r\n\r\n\r\n`) });
    expect(empty).toMatchObject({ status: 'refused', rows: 0 });
    expect(empty.errors[0].message).toMatch(/^Extraction vide .*incident/);
    const future = await run({ file: writeFeed('genesis_20261216.csv', readSample(2)) });
    expect(future.status).toBe('refused');
    expect(future.errors[0].message).toMatch(/^Date d'extraction dans le futur : 16\/12\/2026 \(nous sommes le 15\/12\/2026\)/);
    const overridden = await run({ file: writeFeed('genesis_20261212.csv', readSample(2)), date: '2099-12-31', force: true });
    expect(overridden.status).toBe('refused');
    const latest = await one<{ status: string; extraction_date: string | null }>('SELECT status, extraction_date FROM feed_imports ORDER BY id DESC LIMIT 1');
    expect(latest.status).toBe('refused');
    // The last accepted feed is still the real one: nothing in the future can block the next.
    expect(await app.strapi.plugin('genesis').service('feed-import').lastImportedDate()).toBe('2026-11-20');
  } finally {
    delete process.env.APP_TODAY;
  }
});

test('a known person whose line changes is merged, the identical lines are left alone, and the next identical night changes nothing', async () => {
  const lines = readSample(2).replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const header = lines[0].split(';');
  const col = (name: string) => header.indexOf(name);
  const anais = lines.find((l) => l.startsWith('10474354;'))?.split(';') as string[];
  // The 2026-11-20 line of this person (état du droit 5), now with a new name.
  anais[col('ETAT_DROIT')] = '5';
  anais[col('DATE_ETAT_DROIT')] = '15/11/2026';
  anais[col('NOM')] = 'Échevin';
  const others = lines.slice(1).filter((l) => !l.startsWith('10474354;'));
  const content = [lines[0], ...others, anais.join(';')].join('\r\n') + '\r\n';
  const summary = await run({ file: writeFeed('genesis_20261125.csv', content) });
  expect(summary.status).toBe('done');
  expect(summary).toMatchObject({ created: 0, updated: 1, reoriented: 0, reinstated: 0 });
  const file = await one<{ last_name: string; sort_name: string; search_text: string; file_number: string; updated_from_genesis_on: string }>(
    "SELECT last_name, sort_name, search_text, file_number, updated_from_genesis_on FROM beneficiaries WHERE genesis_id = '10474354'",
  );
  expect(file.last_name).toBe('Échevin');
  expect(file.sort_name).toBe('echevin anaïs'.normalize('NFD').replace(/\p{M}/gu, ''));
  expect(file.search_text).toMatch(new RegExp(`^echevin .*${file.file_number}$`));
  expect(file.updated_from_genesis_on).toBe('2026-11-25');
  // Every file of the feed is actualised, changed or not.
  const actualised = await one<{ n: number | string }>("SELECT COUNT(*) AS n FROM beneficiaries WHERE updated_from_genesis_on = '2026-11-25'");
  expect(Number(actualised.n)).toBe(summary.rows - summary.rejected);
  const again = await run({ file: writeFeed('genesis_20261126.csv', content) });
  expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, reoriented: 0, reinstated: 0 });
  expect(again.unchanged + again.rejected).toBe(again.rows);
});

(process.env.DATABASE_CLIENT === 'postgres' ? test : test.skip)('PostgreSQL sessions run without JIT (it cost seconds per statement of the import)', async () => {
  const setting = await one<{ jit: string }>('SHOW jit');
  expect(setting.jit).toBe('off');
});
