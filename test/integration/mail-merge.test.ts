// Mail merge (FEATURES D1, A5; CONTRACT.md `documents`): templates of each kind in the CMS,
// checked at upload; a convocation, a courrier and a formulaire merged and read back from the
// .docx with the person's own values; « enregistrer dans le dossier »; batch convocations from a
// saved selection, each person with their OWN appointment, files outside the perimeter skipped
// without being named; PDF through LibreOffice when it is installed.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { findLibreOfficeSync } from '@rsa/plugin-cer/domain/adapters/convert-to-pdf';
import { cmsAdmin, type CmsAdmin } from '../support/cms-admin';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, insertFile, USERS, type Who, type World } from './cer-world';

const NOW = '2027-01-04T08:00:00.000Z'; // Monday 4 January 2027, 09:00 in Paris
let app: TestApp;
let world: World;
let admin: CmsAdmin;

type Template = { id: number; kind: string; name: string; logo: string; custom: boolean };

beforeAll(async () => {
  app = await startTestApp({ APP_NOW: NOW, APP_TODAY: NOW.slice(0, 10) });
  world = await buildWorld(app);
  admin = await cmsAdmin(app.baseUrl);
}, 600_000);
afterAll(async () => {
  delete process.env.APP_NOW;
  delete process.env.APP_TODAY;
  await app?.stop();
});

/** The text of a merged .docx, runs joined, paragraphs on lines. */
const textOf = (docx: Buffer): string =>
  (new PizZip(docx).file('word/document.xml')?.asText() ?? '')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const post = async (who: Who, url: string, body: unknown) => {
  const response = await fetch(`${app.baseUrl}/api/console${url}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${world.tokens[who]}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const json = (response.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>) : null;
  return { status: response.status, bytes, json, headers: response.headers };
};

const templateOf = async (kind: string): Promise<Template> => {
  const list = await world.call<Template[]>('referent', 'GET', `/merge-templates?kind=${kind}`);
  expect(list.status).toBe(200);
  return list.body[0] as Template;
};

const appointment = async (who: Who, beneficiary: number, start: string, extra: Record<string, unknown> = {}): Promise<number> => {
  const created = await world.call<{ id: number }>(who, 'POST', '/appointments', {
    beneficiary,
    type: 'Entretien individuel référent',
    theme: 'Suivi de parcours',
    place: 'DTAS Centre – Privas',
    start,
    duration: 45,
    allowOverlap: true,
    ...extra,
  });
  expect([created.status, created.body]).toEqual([201, expect.anything()]);
  return created.body.id;
};

const audits = async (action: string, fileId: number) =>
  Number((await world.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM audit_entries WHERE action = ? AND beneficiary_id = ?', [action, fileId]))[0]?.n);

test('each kind has a shipped template with its logo variant; the merge fields are listed', async () => {
  const all = await world.call<Template[]>('referent', 'GET', '/merge-templates');
  expect(all.body.map((t) => t.kind).sort()).toEqual(['convocation-collective', 'convocation-individuelle', 'courrier', 'formulaire']);
  expect(all.body.every((t) => t.logo === 'departement' && !t.custom)).toBe(true);
  expect((await world.call('referent', 'GET', '/merge-templates?kind=cer-vierge')).status).toBe(422);
  const fields = await world.call<Array<{ kind: string; fields: Array<{ field: string }> }>>('referent', 'GET', '/merge-fields');
  expect(fields.body.find((k) => k.kind === 'convocation-individuelle')?.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['lastName', 'appointmentDay', 'appointmentTime', 'place', 'collaboratorName']));
  const entry = (await app.strapi.db.query('api::document-template.document-template').findOne({ where: { kind: 'convocation-collective' } })) as { mergeFields: string };
  expect(entry.mergeFields).toContain('{capacity} : Nombre de places');
});

test('a convocation is merged with the person’s own appointment, audited; outside the perimeter 404', async () => {
  const id = await appointment('referent', world.files.mine, '2027-01-12T14:30');
  const template = await templateOf('convocation-individuelle');
  const merged = await post('referent', `/appointments/${id}/merges`, { template: template.id });
  expect(merged.status).toBe(200);
  expect(merged.headers.get('content-disposition')).toBe('attachment; filename="Convocation-044506-2027-01-12.docx"');
  const text = textOf(merged.bytes);
  for (const value of ['Madame', 'Élodie FAYOLLE', '12 rue des Écoles', '07200 Aubenas', 'mardi 12 janvier 2027', '14 h 30', '45 min', 'DTAS Centre – Privas', USERS.referent.name, 'Dossier n° 044506', '04/01/2027']) {
    expect(text).toContain(value);
  }
  expect(text).not.toMatch(/[{}]|undefined/);
  expect(await audits('export:merge_convocation-individuelle', world.files.mine)).toBe(1);

  const theirs = await appointment('otherReferent', world.files.other, '2027-01-13T10:00');
  const outside = await post('referent', `/appointments/${theirs}/merges`, { template: template.id });
  expect([outside.status, outside.json?.message]).toEqual([404, 'Rendez-vous introuvable.']);
  expect((await post('referent', `/appointments/999999/merges`, { template: template.id })).status).toBe(404);
  const formulaire = await templateOf('formulaire');
  const wrongKind = await post('referent', `/appointments/${id}/merges`, { template: formulaire.id });
  expect([wrongKind.status, wrongKind.json?.message]).toEqual([422, expect.stringMatching(/^Choisissez un modèle parmi : Courrier, Convocation individuelle/)]);
  expect((await post('referent', `/appointments/${id}/merges`, { template: template.id, format: 'odt' })).status).toBe(422);
});

test('« enregistrer dans le dossier » files the convocation under « Convocation » and it reads back', async () => {
  const id = await appointment('referent', world.files.mine, '2027-01-19T09:00');
  const template = await templateOf('convocation-individuelle');
  const filed = await post('secretariat', `/appointments/${id}/merges`, { template: template.id, save: true });
  expect(filed.status).toBe(201);
  expect(filed.json).toMatchObject({ name: 'Convocation-044506-2027-01-19.docx', type: 'convocation', folder: 'Courriers', source: 'merge' });
  const read = await world.download('referent', `/documents/${String(filed.json?.id)}/content`);
  expect(read.status).toBe(200);
  expect(textOf(read.bytes)).toContain('mardi 19 janvier 2027');
  expect(textOf(read.bytes)).toContain('9 h');
  const listed = await world.call<Array<{ id: number }>>('referent', 'GET', `/beneficiaries/${world.files.mine}/documents`);
  expect(listed.body.map((d) => d.id)).toContain(filed.json?.id);
});

test('a formulaire is merged from the file (contact, référent de parcours)', async () => {
  const template = await templateOf('formulaire');
  const merged = await post('referent', `/beneficiaries/${world.files.mine}/merges`, { template: template.id });
  expect(merged.status).toBe(200);
  const text = textOf(merged.bytes);
  for (const value of ['Fayolle', 'Élodie', '04/09/1987', '044506', '06 12 34 56 78', 'personne@exemple.fr', USERS.referent.name]) expect(text).toContain(value);
  expect((await post('referent', `/beneficiaries/${world.files.other}/merges`, { template: template.id })).status).toBe(404);
  const courrier = await templateOf('courrier');
  expect((await post('referent', `/beneficiaries/${world.files.mine}/merges`, { template: courrier.id })).status).toBe(422);
  const saved = await post('referent', `/beneficiaries/${world.files.mine}/merges`, { template: template.id, save: true });
  expect(saved.status).toBe(201);
  expect(saved.json).toMatchObject({ type: 'formulaire', folder: 'Parcours' });
});

test('batch convocations: each person’s own appointment, one zip; outside the perimeter skipped unnamed', async () => {
  const people = [
    { fileNumber: '060001', lastName: 'Arnaud', firstName: 'Léa', at: '2027-01-20T09:00' },
    { fileNumber: '060002', lastName: 'Bonnet', firstName: 'Hugo', at: '2027-01-21T11:15' },
    { fileNumber: '060003', lastName: 'Chazal', firstName: 'Inès', at: '2027-01-22T16:00' },
  ];
  const ids: number[] = [];
  for (const p of people) {
    const id = await insertFile(app, { fileNumber: p.fileNumber, lastName: p.lastName, firstName: p.firstName, territory: 'CENTRE', phone: null, referent: USERS.referent.login });
    ids.push(id);
    // An earlier, cancelled one and a later one: the next « prévu » is the one merged.
    const cancelled = await appointment('referent', id, '2027-01-06T10:00');
    await world.call('referent', 'PUT', `/appointments/${cancelled}`, { status: 'annule_beneficiaire' });
    await appointment('referent', id, p.at);
    await appointment('referent', id, '2027-03-01T10:00');
  }
  const selection = await world.call<{ id: number }>('referent', 'POST', '/file-selections', { name: 'Convocations janvier', ids });
  expect(selection.status).toBe(201);
  const template = await templateOf('convocation-individuelle');
  const batch = await post('referent', '/convocation-batches', { template: template.id, selection: selection.body.id });
  expect(batch.status).toBe(200);
  expect(batch.headers.get('content-type')).toContain('application/zip');
  expect(batch.headers.get('x-merged-count')).toBe('3');
  const zip = new PizZip(batch.bytes);
  const names = Object.keys(zip.files).sort();
  expect(names).toEqual(['Convocation-060001-2027-01-20.docx', 'Convocation-060002-2027-01-21.docx', 'Convocation-060003-2027-01-22.docx']);
  const expected: Array<[string, string[]]> = [
    ['Convocation-060001-2027-01-20.docx', ['Léa ARNAUD', 'mercredi 20 janvier 2027', '9 h']],
    ['Convocation-060002-2027-01-21.docx', ['Hugo BONNET', 'jeudi 21 janvier 2027', '11 h 15']],
    ['Convocation-060003-2027-01-22.docx', ['Inès CHAZAL', 'vendredi 22 janvier 2027', '16 h']],
  ];
  for (const [name, values] of expected) {
    const text = textOf(zip.file(name)!.asNodeBuffer());
    for (const value of values) expect(text).toContain(value);
    for (const other of people.map((p) => p.lastName.toUpperCase()).filter((n) => !values.some((v) => v.includes(n)))) expect(text).not.toContain(other);
  }
  for (const id of ids) expect(await audits('export:merge_batch_convocation-individuelle', id)).toBe(1);

  // By appointment ids: one of another référent's file is skipped, counted, never named.
  const theirs = await appointment('otherReferent', world.files.other, '2027-01-25T10:00');
  const mine = await appointment('referent', ids[0] as number, '2027-01-26T10:00');
  const mixed = await post('referent', '/convocation-batches', { template: template.id, appointments: [mine, theirs] });
  expect([mixed.status, mixed.headers.get('x-merged-count'), mixed.headers.get('x-skipped-count')]).toEqual([200, '1', '1']);
  const mixedZip = new PizZip(mixed.bytes);
  expect(Object.keys(mixedZip.files)).toEqual(['Convocation-060001-2027-01-26.docx']);
  expect(mixed.bytes.toString('latin1')).not.toContain('044507');
  const none = await post('referent', '/convocation-batches', { template: template.id, appointments: [theirs] });
  expect(none.status).toBe(422);
  expect((await post('referent', '/convocation-batches', { template: template.id })).status).toBe(422);
});

const libreOffice = findLibreOfficeSync();
(libreOffice && !process.env.SKIP_PDF ? test : test.skip)('PDF through LibreOffice: one convocation, and a batch as one combined PDF', async () => {
  const template = await templateOf('convocation-individuelle');
  const id = await appointment('referent', world.files.mine, '2027-02-02T10:00');
  const pdf = await post('referent', `/appointments/${id}/merges`, { template: template.id, format: 'pdf' });
  expect(pdf.status).toBe(200);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const other = await appointment('referent', world.files.mine, '2027-02-03T10:00');
  const batch = await post('referent', '/convocation-batches', { template: template.id, appointments: [id, other], format: 'pdf' });
  expect(batch.status).toBe(200);
  expect(batch.headers.get('content-disposition')).toMatch(/Convocations-2027-01-04\.pdf/);
  const { PDFDocument } = await import('pdf-lib');
  expect((await PDFDocument.load(batch.bytes)).getPageCount()).toBeGreaterThanOrEqual(2);
}, 180_000);

describe('templates are checked when the functional admin gives them', () => {
  const shipped = readFileSync(path.resolve(__dirname, '../../plugins/documents/templates/convocation-individuelle.docx'));
  const withText = (text: string): Buffer => {
    const zip = new PizZip(shipped);
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('</w:body>', `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:body>`));
    return zip.generate({ type: 'nodebuffer' });
  };
  type Entry = { id: number; documentId: string; kind: string; file: { id: number } | null };
  const entryOf = async (kind: string) => (await app.strapi.db.query('api::document-template.document-template').findOne({ where: { kind }, populate: { file: true } })) as Entry;
  const save = (entry: Entry, data: Record<string, unknown>) =>
    admin.call<{ error: { message: string; details?: Record<string, unknown> } }>('PUT', `/content-manager/collection-types/api::document-template.document-template/${entry.documentId}`, data);

  test('an unknown field is refused with the field named, a malformed tag too; a valid one is used by the merge', async () => {
    const entry = await entryOf('convocation-individuelle');
    const [unknown] = (await admin.upload<Array<{ id: number }>>('/upload', [{ name: 'convocation.docx', bytes: withText('Bonjour {nomDeFamille}') }])).body;
    const refused = await save(entry, { file: unknown!.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/^Le modèle « Convocation individuelle » utilise un champ de fusion inconnu : \{nomDeFamille\}\. Champs disponibles : \{civility\}/);
    expect((await entryOf('convocation-individuelle')).file).toBeNull();

    const [broken] = (await admin.upload<Array<{ id: number }>>('/upload', [{ name: 'casse.docx', bytes: withText('Bonjour {lastName') }])).body;
    const malformed = await save(entry, { file: broken!.id });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/^Le modèle « Convocation individuelle » est mal formé : .*lastName/);

    // A courrier field in a formulaire is unknown there.
    const [courrierField] = (await admin.upload<Array<{ id: number }>>('/upload', [{ name: 'formulaire.docx', bytes: withText('{appointmentDate}') }])).body;
    expect((await save(await entryOf('formulaire'), { file: courrierField!.id })).status).toBe(400);

    const [valid] = (await admin.upload<Array<{ id: number }>>('/upload', [{ name: 'convocation-fse.docx', bytes: withText('Avec le soutien du FSE — {lastName}') }])).body;
    const accepted = await save(entry, { file: valid!.id, logo: 'fse' });
    expect(accepted.status).toBe(200);
    const id = await appointment('referent', world.files.mine, '2027-02-09T10:00');
    const template = await templateOf('convocation-individuelle');
    expect(template).toMatchObject({ logo: 'fse', custom: true });
    const merged = await post('referent', `/appointments/${id}/merges`, { template: template.id });
    expect(textOf(merged.bytes)).toContain('Avec le soutien du FSE — Fayolle');
  });
});
