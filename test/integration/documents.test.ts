// The file's document store (FEATURES D2, CONTRACT.md `documents`): real Word, PDF, JPEG and PNG
// files filed and read back byte for byte, as attachments, each download audited; refused files
// (renamed HTML, renamed executable, zip bomb, empty, too large, unknown type, bad name, outside
// the perimeter) leave nothing behind; deletion per rights; retention; the S3 adapter against a
// small S3-compatible server.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PizZip from 'pizzip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { startTestApp, type TestApp } from '../support/test-app';
import { startFakeS3, type FakeS3 } from '../support/fake-s3';
import { buildWorld, insertFile, USERS, type Who, type World } from './cer-world';

let app: TestApp;
let world: World;
let s3: FakeS3;
const storageDir = mkdtempSync(path.join(tmpdir(), 'rsa-documents-'));

beforeAll(async () => {
  app = await startTestApp({ APP_TODAY: '2024-05-15', DOCUMENTS_DIR: storageDir });
  world = await buildWorld(app);
  s3 = await startFakeS3('rsa-documents');
});
afterAll(async () => {
  delete process.env.APP_TODAY;
  delete process.env.DOCUMENTS_DIR;
  await s3?.close();
  await app?.stop();
  rmSync(storageDir, { recursive: true, force: true });
});

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const ROOT = path.resolve(__dirname, '..', '..');
const docx = readFileSync(path.join(ROOT, 'plugins/cer/templates/cer-vierge.docx'));
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2dd2ae50000000049454e44ae426082', 'hex');
const jpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
let pdf: Buffer;
const zipBomb = (() => {
  const zip = new PizZip(docx);
  zip.file('word/media/padding.bin', Buffer.alloc(20 * 1024 * 1024));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
})();

type Filed = { id: number; name: string; type: string; folder: string; size: number; mime: string; uploadedAt: string; nameFixed?: boolean; message?: string; locked?: boolean };

const upload = async (who: Who, fileId: number, bytes: Buffer, filename: string, fields: Record<string, string> = { type: 'cv' }) => {
  const form = new FormData();
  form.append('file', new Blob([bytes]), filename);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const response = await fetch(`${app.baseUrl}/api/console/beneficiaries/${fileId}/documents`, { method: 'POST', headers: { Authorization: `Bearer ${world.tokens[who]}` }, body: form });
  return { status: response.status, body: (await response.json()) as Filed };
};

const storedFiles = (): string[] => {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((entry) => (statSync(path.join(dir, entry)).isDirectory() ? walk(path.join(dir, entry)) : [path.join(dir, entry)]));
  return walk(storageDir);
};
const documentRows = async () => (await world.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM file_documents'))[0].n;
const auditOf = async (login: string, action: string, fileId: number) =>
  Number((await world.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM audit_entries WHERE login = ? AND action = ? AND beneficiary_id = ?', [login, action, fileId]))[0].n);

test('the plugin declares its content type and the nomenclature gives the types with their folders', async () => {
  expect(app.strapi.contentType('plugin::documents.document' as never)).toBeDefined();
  const types = await world.call<Array<{ code: string; label: string; folder: string }>>('referent', 'GET', '/document-types');
  expect(types.status).toBe(200);
  expect(types.body).toEqual(expect.arrayContaining([
    expect.objectContaining({ code: 'cv', label: 'CV', folder: 'Parcours' }),
    expect.objectContaining({ code: 'cer_signe', label: 'CER signé', folder: 'Contrats' }),
    expect.objectContaining({ code: 'piece_d_identite', folder: 'Justificatifs', folderScope: 'hors_accompagnement' }),
  ]));
});

test('Word, PDF, JPEG and PNG are filed privately and read back byte for byte, as audited attachments', async () => {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Curriculum vitae', { font: await doc.embedFont(StandardFonts.Helvetica) });
  pdf = Buffer.from(await doc.save());
  const cases: Array<[Buffer, string, Record<string, string>, string, string]> = [
    [docx, 'lettre.docx', { type: 'Courrier de relance' }, 'lettre.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [pdf, 'Élodie Fayolle CV.pdf', { type: 'cv', sentOn: '2024-05-14' }, 'Elodie_Fayolle_CV.pdf', 'application/pdf'],
    [jpeg, 'photo.jpeg', { type: 'piece_d_identite', name: 'carte-identite' }, 'carte-identite.jpg', 'image/jpeg'],
    [png, 'justificatif.png', { type: 'justificatif_de_domicile' }, 'justificatif.png', 'image/png'],
  ];
  for (const [bytes, filename, fields, name, mime] of cases) {
    const filed = await upload('referent', world.files.mine, bytes, filename, fields);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ name, mime, size: bytes.length, id: expect.any(Number), type: expect.any(String), folder: expect.any(String), uploadedAt: expect.any(String) });
    const read = await world.download('secretariat', `/documents/${filed.body.id}/content`);
    expect(read.status).toBe(200);
    expect(sha256(read.bytes)).toBe(sha256(bytes));
    expect(read.headers.get('content-type')).toContain(mime);
    expect(read.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
  }
  expect(await auditOf(USERS.secretariat.login, 'read:document_download', world.files.mine)).toBe(4);
  expect(await auditOf(USERS.referent.login, 'change:document_upload', world.files.mine)).toBe(4);
  // Stored outside the public folder, under server-chosen keys, never the user's names.
  const files = storedFiles();
  expect(files).toHaveLength(4);
  expect(files.every((f) => /\/\d+\/[0-9a-f-]{36}$/.test(f))).toBe(true);
  expect(files.every((f) => !f.includes(path.join('public', 'uploads')))).toBe(true);
  const listed = await world.call<Filed[]>('cadre', 'GET', `/beneficiaries/${world.files.mine}/documents`);
  expect(listed.status).toBe(200);
  expect(listed.body.map((d) => d.name).sort()).toEqual(['Elodie_Fayolle_CV.pdf', 'carte-identite.jpg', 'justificatif.png', 'lettre.docx']);
  expect(listed.body.find((d) => d.name === 'Elodie_Fayolle_CV.pdf')).toMatchObject({ type: 'cv', folder: 'Parcours', sentOn: '2024-05-14', uploadedBy: USERS.referent.login });
  expect(await auditOf(USERS.cadre.login, 'read:documents', world.files.mine)).toBe(1);
}, 120_000);

test('refused files leave nothing behind, each with its status and a French message', async () => {
  const rowsBefore = await documentRows();
  const filesBefore = storedFiles().length;
  const html = Buffer.from('<!doctype html><html><script>fetch("/api/console/auth/me")</script></html>');
  const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(200)]);
  const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1)]);
  const cases: Array<[string, Who, number, Buffer, string, Record<string, string>, number, RegExp]> = [
    ['renamed HTML', 'referent', world.files.mine, html, 'cv.pdf', { type: 'cv' }, 415, /contenu n’est pas d’un type accepté/],
    ['renamed executable', 'referent', world.files.mine, exe, 'cv.pdf', { type: 'cv' }, 415, /contenu n’est pas d’un type accepté/],
    ['zip bomb', 'referent', world.files.mine, zipBomb, 'cv.docx', { type: 'cv' }, 415, /contenu n’est pas d’un type accepté/],
    ['empty', 'referent', world.files.mine, Buffer.alloc(0), 'cv.pdf', { type: 'cv' }, 415, /vide/],
    ['over 10 Mo', 'referent', world.files.mine, big, 'cv.pdf', { type: 'cv' }, 413, /trop volumineux.*10 Mo/],
    ['a type outside the nomenclature', 'referent', world.files.mine, pdf, 'cv.pdf', { type: 'passeport' }, 422, /Type de document inconnu/],
    ['no type', 'referent', world.files.mine, pdf, 'cv.pdf', {}, 422, /type du document/],
    ['a name with nothing left', 'referent', world.files.mine, pdf, 'cv.pdf', { type: 'cv', name: '«»' }, 422, /lettres sans accent, des chiffres/],
    ['outside the perimeter', 'referent', world.files.south, pdf, 'cv.pdf', { type: 'cv' }, 404, /introuvable/],
    ['another référent’s file', 'referent', world.files.other, pdf, 'cv.pdf', { type: 'cv' }, 404, /introuvable/],
    ['siège reads but files nothing', 'siege', world.files.mine, pdf, 'cv.pdf', { type: 'cv' }, 403, /droit/],
  ];
  for (const [label, who, fileId, bytes, filename, fields, status, message] of cases) {
    const refused = await upload(who, fileId, bytes, filename, fields);
    expect({ label, status: refused.status }).toEqual({ label, status });
    expect(refused.body.message).toMatch(message);
  }
  expect(await documentRows()).toBe(rowsBefore);
  expect(storedFiles()).toHaveLength(filesBefore);
}, 120_000);

test('outside the perimeter a document does not exist; deletion follows the rights', async () => {
  const filed = await upload('referent', world.files.mine, png, 'a-supprimer.png', { type: 'cv' });
  const id = filed.body.id;
  expect((await world.download('otherReferent', `/documents/${id}/content`)).status).toBe(404);
  expect((await world.download('southSecretariat', `/documents/${id}/content`)).status).toBe(404);
  expect((await world.call('otherReferent', 'GET', `/beneficiaries/${world.files.mine}/documents`)).status).toBe(404);
  expect((await world.call('otherReferent', 'DELETE', `/documents/${id}`)).status).toBe(404);
  expect((await world.call('siege', 'DELETE', `/documents/${id}`)).status).toBe(403);
  const files = storedFiles().length;
  expect((await world.call('referent', 'DELETE', `/documents/${id}`)).status).toBe(200);
  expect(storedFiles()).toHaveLength(files - 1);
  expect((await world.download('referent', `/documents/${id}/content`)).status).toBe(404);
  expect(await auditOf(USERS.referent.login, 'change:document_delete', world.files.mine)).toBe(1);
});

test('retention: when a file leaves the data, its documents and their bytes go too', async () => {
  const leaving = await insertFile(app, { fileNumber: '099001', lastName: 'Depart', firstName: 'Jean', territory: 'CENTRE', phone: null, referent: USERS.referent.login });
  const filed = await upload('referent', leaving, pdf, 'cv.pdf', { type: 'cv' });
  expect(filed.status).toBe(201);
  const files = storedFiles().length;
  await world.sql('DELETE FROM assignments WHERE beneficiary_id = ?', [leaving]);
  await world.sql('DELETE FROM beneficiaries WHERE id = ?', [leaving]);
  const { runDocumentsSweep } = await import('../../plugins/documents/dist/server/src/index');
  expect(await runDocumentsSweep(app.strapi)).toBe(1);
  expect(storedFiles()).toHaveLength(files - 1);
  expect(await world.sql('SELECT id FROM file_documents WHERE beneficiary_id = ?', [leaving])).toHaveLength(0);
});

test('the S3 adapter stores, reads and deletes private objects on an S3-compatible server (path-style, signed)', async () => {
  const { createS3Storage, s3ConfigFromEnv } = await import('../../plugins/documents/dist/server/src/storage');
  const config = s3ConfigFromEnv({ DOCUMENTS_S3_BUCKET: 'rsa-documents', DOCUMENTS_S3_ENDPOINT: s3.endpoint, DOCUMENTS_S3_ACCESS_KEY_ID: 'test', DOCUMENTS_S3_SECRET_ACCESS_KEY: 'secret-test' });
  expect(config).toMatchObject({ forcePathStyle: true, prefix: 'documents/' });
  const storage = createS3Storage(config!);
  const key = '42/0f8fad5b-d9cb-469f-a165-70867728950e';
  await storage.put(key, pdf);
  expect(sha256(s3.objects.get(`documents/${key}`)!)).toBe(sha256(pdf));
  expect(sha256(await storage.get(key))).toBe(sha256(pdf));
  await storage.delete(key);
  expect(s3.objects.size).toBe(0);
  await expect(storage.get(key)).rejects.toThrow();
  await expect(storage.put('../../etc/passwd', pdf)).rejects.toThrow(/Clé de stockage invalide/);
  expect(s3.requests.every((r) => r.path.startsWith('/rsa-documents/documents/42/') && r.authorization.startsWith('AWS4-HMAC-SHA256 '))).toBe(true);
});
