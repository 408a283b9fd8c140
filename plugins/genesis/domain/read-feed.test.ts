import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeedEncodingOption } from './feed-encoding';
import { FEED_HEADER } from './feed-columns';
import type { FeedError, FeedRow } from './feed-row';
import { openFeed, readFeed, type FeedHeaderRecord } from './read-feed';
import { validateRawRow } from './validate-row';

const SAMPLES = join(__dirname, '../../../test/fixtures/genesis');
const HEADER = FEED_HEADER.join(';');
const ROW_1 =
  '10474354;7907796;DEM;MSA;1254166;MME;SOUBEYRAND;SOUBEYRAND;Anaïs;15/04/1995;F;87 route de Lyon;;07340;Félines;07089;;soubeyrand.897@exemple.fr;CEL;10/04/2015;2;04/01/2022;;;SDD;SOC;;04/01/2022;NORD;djilali.teyssier34;Djilali TEYSSIER;DTAS-NORD;25/01/2022;;';
const ROW_2 =
  "10474490;7907976;DEM;CAF;5303580;MME;NGUYEN;N'DIAYE;Hélène;16/10/1977;F;107 quai de l'Ouvèze;Chez M. FAURE;07140;Les Vans;07334;06 76 76 96 98;nguyen.397@exemple.fr;MAR;11/10/1997;2;04/05/2022;;;SDD;TNS;Autoentrepreneur;04/05/2022;SUD;yanis.vincent62;Yanis VINCENT;DTAS-SUD;05/06/2022;;";

type Read = { header: FeedHeaderRecord; rows: FeedRow[]; lines: number[]; errors: FeedError[] };

const read = async (path: string, encoding?: FeedEncodingOption): Promise<Read> => {
  let header: FeedHeaderRecord | null = null;
  const rows: FeedRow[] = [];
  const lines: number[] = [];
  const errors: FeedError[] = [];
  for await (const record of readFeed(path, { encoding })) {
    if (record.kind === 'header') {
      header = record;
      continue;
    }
    lines.push(record.line);
    const result = validateRawRow(record);
    if (result.ok) rows.push(result.row);
    else errors.push(...result.errors);
  }
  if (header === null) throw new Error('no header record');
  return { header, rows, lines, errors };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'genesis-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
const file = (content: string | Uint8Array): string => {
  const path = join(dir, `feed-${++fileCount}.csv`);
  writeFileSync(path, content);
  return path;
};
const lines = (rows: string[], eol = '\r\n'): string => rows.map((row) => row + eol).join('');

describe('the sample feeds', () => {
  test.each([
    ['genesis_20261102.csv', 48],
    ['genesis_20261103.csv', 50],
    ['genesis_20261104.csv', 51],
  ])('%s: %i rows, all valid, no warning', async (name, count) => {
    const { header, rows, lines: rowLines, errors } = await read(join(SAMPLES, name));
    expect(header).toEqual({ kind: 'header', columns: [...FEED_HEADER], warnings: [], encoding: 'utf8' });
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(count);
    expect(rowLines).toEqual(Array.from({ length: count }, (_, index) => index + 2));
    expect(new Set(rows.map((row) => row.genesisId)).size).toBe(count);
  });

  test('the first row of the first sample', async () => {
    const { rows } = await read(join(SAMPLES, 'genesis_20261102.csv'));
    expect(rows[0]).toMatchObject({
      genesisId: '10474354',
      firstName: 'Anaïs',
      birthDate: '1995-04-15',
      address: { line1: '87 route de Lyon', line2: null, postalCode: '07340', city: 'Félines', inseeCode: '07089' },
      referentDesignatedOn: '2022-01-25',
    });
  });
});

describe('file formats that give the same rows', () => {
  const reference = lines([HEADER, ROW_1, ROW_2]);
  const windows1252 = (text: string): Buffer =>
    // Every character here is in Latin-1, where Windows-1252 and ISO-8859-1 agree byte for byte.
    Buffer.from(text, 'latin1');

  test.each<[string, () => string | Uint8Array, FeedEncodingOption | undefined, 'utf8' | 'latin1']>([
    ['UTF-8 with BOM', () => '\uFEFF' + reference, undefined, 'utf8'],
    ['LF line ends', () => lines([HEADER, ROW_1, ROW_2], '\n'), undefined, 'utf8'],
    ['no final line end', () => reference.slice(0, -2), undefined, 'utf8'],
    ['mixed CRLF and LF', () => `${HEADER}\r\n${ROW_1}\n${ROW_2}\r\n`, undefined, 'utf8'],
    ['Windows-1252 detected', () => windows1252(reference), 'auto', 'latin1'],
    ['Windows-1252 asked', () => windows1252(reference), 'latin1', 'latin1'],
    ['UTF-8 asked', () => reference, 'utf8', 'utf8'],
    ['quoted fields', () => reference.replace('Anaïs', '"Anaïs"').replace('Les Vans', '"Les Vans"'), undefined, 'utf8'],
  ])('%s', async (_name, content, encoding, used) => {
    const expected = await read(file(reference));
    const actual = await read(file(content()), encoding);
    expect(actual.header.encoding).toBe(used);
    expect(actual.rows).toEqual(expected.rows);
    expect(actual.lines).toEqual([2, 3]);
    expect(actual.rows[0].firstName).toBe('Anaïs');
  });

  test('Windows-1252 characters outside Latin-1 (œ, €) are decoded', async () => {
    // 0x9C is « œ » and 0x80 « € » in Windows-1252 (control characters in ISO-8859-1).
    const cp1252 = (text: string): Buffer =>
      Buffer.concat([...text].map((char) => (char === 'œ' ? Buffer.from([0x9c]) : char === '€' ? Buffer.from([0x80]) : Buffer.from(char, 'latin1'))));
    const row = ROW_1.replace('87 route de Lyon', '87 rue du Cœur').replace(';SOC;;', ';SOC;Prime 100 €;');
    const { rows, header } = await read(file(cp1252(lines([HEADER, row]))));
    expect(header.encoding).toBe('latin1');
    expect(rows[0]).toMatchObject({ firstName: 'Anaïs', address: { line1: '87 rue du Cœur' }, employmentContract: 'Prime 100 €' });
  });

  test('a UTF-8 BOM is dropped even when latin1 is asked', async () => {
    const { rows, header } = await read(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines([HEADER, ROW_1.replace('Anaïs', 'Anais')]), 'latin1')])), 'latin1');
    expect(header.columns[0]).toBe('ID_INDIVIDU');
    expect(rows).toHaveLength(1);
  });
});

describe('line numbers', () => {
  test('quoted fields holding « ; » and line breaks', async () => {
    const multiline = ROW_1.replace(';Félines;', ';"Félines;\r\nquartier ""Le Bourg""\nhaut";');
    const { rows, lines: rowLines } = await read(file(lines([HEADER, multiline, ROW_2.replace('NGUYEN', 'NGUYEN\n')])));
    expect(rows[0].address.city).toBe('Félines;\r\nquartier "Le Bourg"\nhaut');
    // Row 1 spans lines 2–4; row 2 is on line 5 and fails (line break outside quotes).
    expect(rowLines[0]).toBe(2);
    expect(rows).toHaveLength(1);
  });

  test.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('blank lines and multi-line records (%s)', async (_name, eol) => {
    const multiline = ROW_1.replace(';87 route de Lyon;', `;"87 route de Lyon${eol}Bâtiment A";`);
    const content = [HEADER, multiline, '', '', ROW_2, '', ROW_1.replace('10474354', '1'), ROW_2.replace('10474490', '31/02/2024')]
      .map((row) => row + eol)
      .join('');
    const { lines: rowLines } = await read(file(content));
    // header 1, multi-line record 2–3, blanks 4–5, row 6, blank 7, rows 8 and 9.
    expect(rowLines).toEqual([2, 6, 8, 9]);
  });
});

describe('rejected rows keep their line, the others are read', () => {
  test.each<[string, string, FeedError[]]>([
    ['impossible date', ROW_2.replace('16/10/1977', '31/02/2024'), [{ line: 3, column: 'DATE_NAISSANCE', message: 'Date impossible : 31/02/2024' }]],
    ['unknown code', ROW_2.replace(';2;04/05/2022;', ';7;04/05/2022;'), [{ line: 3, column: 'ETAT_DROIT', message: 'Code inconnu : 7 (attendu : 2, 3, 4, 5, 6)' }]],
    ['missing value', ROW_2.replace('yanis.vincent62', ''), [{ line: 3, column: 'REFERENT_ID', message: 'Valeur obligatoire manquante' }]],
    ['too few fields', ROW_2.replace(/;;$/, ''), [{ line: 3, column: null, message: 'Nombre de champs incorrect : 33 au lieu de 35' }]],
    ['too many fields', `${ROW_2};x`, [{ line: 3, column: null, message: 'Nombre de champs incorrect : 36 au lieu de 35' }]],
  ])('%s', async (_name, badRow, errors) => {
    const result = await read(file(lines([HEADER, ROW_1, badRow, ROW_1.replace('10474354', '10474355')])));
    expect(result.errors).toEqual(errors);
    expect(result.rows.map((row) => row.genesisId)).toEqual(['10474354', '10474355']);
  });
});

describe('header', () => {
  test('columns are matched by name, in any order; unknown ones give a warning', async () => {
    const order = [...FEED_HEADER].reverse();
    const values = Object.fromEntries(ROW_1.split(';').map((value, index) => [FEED_HEADER[index], value]));
    const content = lines([[...order, 'COMMENTAIRE'].join(';'), [...order.map((name) => values[name]), 'à ignorer'].join(';')]);
    const expected = await read(file(lines([HEADER, ROW_1])));
    const { header, rows } = await read(file(content));
    expect(header.warnings).toEqual(['Colonne inconnue ignorée : COMMENTAIRE']);
    expect(rows).toEqual(expected.rows);
  });

  test('a missing optional column is read as empty', async () => {
    const columns = FEED_HEADER.filter((name) => name !== 'EMAIL');
    const values = ROW_1.split(';').filter((_, index) => FEED_HEADER[index] !== 'EMAIL');
    const { rows, header } = await read(file(lines([columns.join(';'), values.join(';')])));
    expect(header.warnings).toEqual([]);
    expect(rows[0].email).toBeNull();
  });

  test('header only: accepted, no row', async () => {
    const { rows, errors } = await read(file(lines([HEADER])));
    expect([rows, errors]).toEqual([[], []]);
  });
});

describe('files refused whole', () => {
  const drain = async (path: string, encoding?: FeedEncodingOption): Promise<void> => {
    for await (const _record of readFeed(path, { encoding })) {
      // reading is what may throw
    }
  };
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, index) => 0x80 + ((index * 37) % 127)));

  test.each<[string, () => string | Uint8Array, FeedEncodingOption | undefined, string, string]>([
    ['empty file', () => '', undefined, 'empty-file', 'Fichier vide : aucune ligne à importer'],
    ['BOM only', () => '\uFEFF', undefined, 'empty-file', 'Fichier vide : aucune ligne à importer'],
    ['blank lines only', () => '\r\n\r\n\n', undefined, 'empty-file', 'Fichier vide : aucune ligne à importer'],
    ['missing required column', () => lines([HEADER.replace(';DTAS;', ';'), ROW_1]), undefined, 'missing-column', 'Colonne obligatoire absente : DTAS'],
    ['several missing columns', () => lines([HEADER.replace(';DTAS;', ';').replace('NOM;', 'NAME;')]), undefined, 'missing-column', 'Colonne obligatoire absente : NOM ; Colonne obligatoire absente : DTAS'],
    ['duplicate column', () => lines([`${HEADER};NOM`]), undefined, 'duplicate-column', 'Colonne en double : NOM'],
    ['no header: data on line 1', () => lines([ROW_1, ROW_2]), undefined, 'no-header', "Ligne d'en-tête absente"],
    ['comma-separated', () => lines([FEED_HEADER.join(','), ROW_1.replaceAll(';', ',')]), undefined, 'not-csv', "Le fichier n'est pas un CSV Genesis"],
    ['plain text', () => 'Bonjour,\nceci est une lettre.\n', undefined, 'not-csv', "Le fichier n'est pas un CSV Genesis"],
    ['binary (PNG)', () => png, undefined, 'not-csv', 'données binaires'],
    ['binary (PNG) as UTF-8', () => png, 'utf8', 'not-csv', 'données binaires'],
    ['binary without NUL', () => noise, undefined, 'not-csv', "Le fichier n'est pas un CSV Genesis"],
    ['Windows-1252 read as UTF-8', () => Buffer.from(lines([HEADER, ROW_1]), 'latin1'), 'utf8', 'undecodable', "Encodage invalide : le fichier n'est pas en UTF-8 (essayez l'encodage latin1)"],
    ['unclosed quote', () => lines([HEADER, ROW_1, ROW_2.replace('Les Vans', '"Les Vans')]), undefined, 'malformed-csv', 'guillemet ouvert jamais refermé'],
    ['quote inside a bare field', () => lines([HEADER, ROW_1.replace('Lyon', 'Ly"on')]), undefined, 'malformed-csv', "Fichier CSV mal formé vers la ligne 2 : guillemet au milieu d'un champ"],
  ])('%s', async (_name, content, encoding, code, message) => {
    await expect(drain(file(content()), encoding)).rejects.toMatchObject({
      name: 'FeedRefusedError',
      code,
      message: expect.stringContaining(message),
    });
  });

  test('a file that does not exist', async () => {
    await expect(drain(join(dir, 'absent.csv'))).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringContaining('fichier introuvable'),
    });
  });

  test('the header error comes before any row', async () => {
    const records: string[] = [];
    const attempt = async () => {
      for await (const record of readFeed(file(lines([HEADER.replace('SDD;', ''), ROW_1])))) records.push(record.kind);
    };
    await expect(attempt()).rejects.toMatchObject({ code: 'missing-column' });
    expect(records).toEqual([]);
  });
});

describe('openFeed', () => {
  test('warnings are known before the rows are read', async () => {
    const path = file(lines([`${HEADER};EXTRA`, `${ROW_1};1`, `${ROW_2};2`]));
    const feed = await openFeed(path);
    expect(feed.warnings).toEqual(['Colonne inconnue ignorée : EXTRA']);
    expect(feed.encoding).toBe('utf8');
    const seen: number[] = [];
    for await (const row of feed.rows) {
      expect(validateRawRow(row).ok).toBe(true);
      seen.push(row.line);
    }
    expect(seen).toEqual([2, 3]);
  });

  test('a refused file rejects openFeed itself', async () => {
    await expect(openFeed(file(''))).rejects.toMatchObject({ code: 'empty-file' });
  });

  test('a reader may stop early, and read again', async () => {
    const path = join(SAMPLES, 'genesis_20261104.csv');
    for await (const row of (await openFeed(path)).rows) {
      expect(row.line).toBe(2);
      break;
    }
    let count = 0;
    for await (const _row of (await openFeed(path)).rows) count++;
    expect(count).toBe(51);
  });
});
