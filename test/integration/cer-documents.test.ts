// CER documents (FEATURES C4): the merge read back, the template matching the state, a template
// replaced by a functional admin in the CMS, PDF through LibreOffice when it is there.
import fs from 'fs';
import path from 'path';
import { findLibreOfficeSync } from '../../plugins/cer/domain/adapters/convert-to-pdf';
import { extractDocxText } from '../../plugins/cer/domain/documents/extract-docx-text';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, createCer, type World } from './cer-world';

let app: TestApp;
let world: World;
let validated: Record<string, unknown>;
const uploaded: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ APP_TODAY: '2024-05-15' });
  world = await buildWorld(app);
  const cer = await createCer(world, { number: 3 }, 2);
  const id = cer.id as number;
  await world.call('referent', 'POST', `/cers/${id}/transitions`, { to: 'soumis_etude' });
  await world.call('secretariat', 'POST', `/cers/${id}/transitions`, { to: 'etude_commission' });
  await world.call('secretariat', 'PUT', `/cers/${id}`, { departmentDecision: 'CER validé', referentNote: 'NOTE-POUR-REFERENT' });
  validated = (await world.call('cadre', 'POST', `/cers/${id}/transitions`, { to: 'valide', decisionDate: '2024-05-14', decision: 'Validé pour trois mois', end: '2024-08-31' })).body;
});
afterAll(async () => {
  delete process.env.APP_TODAY;
  for (const file of uploaded) fs.rmSync(file, { force: true });
  await app?.stop();
});

test('the "décision valide" document shows the person, the objectives and the decision, never the internal notes', async () => {
  expect(validated.state).toBe('valide');
  const document = await world.download('referent', `/cers/${validated.id}/document?template=decision-valide`);
  expect(document.status).toBe(200);
  expect(document.headers.get('content-type')).toMatch(/wordprocessingml/);
  expect(document.headers.get('content-disposition')).toBe('attachment; filename="CER-044506-3.docx"');
  const text = extractDocxText(document.bytes);
  for (const expected of ['Fayolle', 'Élodie', 'Élodie FAYOLLE', '044506', 'Claire ROUX', 'Objectif 1 : candidater', 'Objectif 2 : candidater', 'Emploi', 'Formation', 'Validé pour trois mois', 'CER validé', '14/05/2024', '31/08/2024', '01/06/2024', 'Aubenas']) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('NOTE-INTERNE-NE-PAS-IMPRIMER');
  expect(text).not.toContain('NOTE-POUR-REFERENT');
  expect(text).not.toMatch(/[{}]/);
});

test('without a template the one matching the state is used; every template merges; a bad name is refused', async () => {
  const detail = await world.call<{ templates: { suggested: string } }>('secretariat', 'GET', `/cers/${validated.id}`);
  expect(detail.body.templates.suggested).toBe('decision-valide');
  const byState = await world.download('secretariat', `/cers/${validated.id}/document`);
  expect(extractDocxText(byState.bytes)).toContain('Contrat validé par le Département');
  for (const template of ['sans-decision', 'decision-non-valide', 'vierge']) {
    const merged = await world.download('cadre', `/cers/${validated.id}/document?template=${template}`);
    expect(merged.status).toBe(200);
    expect(extractDocxText(merged.bytes)).not.toMatch(/[{}]/);
  }
  expect(extractDocxText((await world.download('cadre', `/cers/${validated.id}/document?template=vierge`)).bytes)).not.toContain('Fayolle');
  expect((await world.call('referent', 'GET', `/cers/${validated.id}/document?template=autre`)).status).toBe(422);
  expect((await world.call('otherReferent', 'GET', `/cers/${validated.id}/document`)).status).toBe(404);
});

test('a template replaced by a functional admin in the media library is the one merged', async () => {
  const shipped = fs.readFileSync(path.resolve(__dirname, '../../plugins/cer/templates/cer-sans-decision.docx'));
  // The admin's version: same template, one sentence changed.
  const PizZip = (await import('pizzip')).default;
  const zip = new PizZip(shipped);
  const xml = zip.file('word/document.xml')!.asText().replace('Contrat co-élaboré avec la personne accompagnée', 'MODELE-DU-DEPARTEMENT');
  zip.file('word/document.xml', xml);
  const hash = `cer_sans_decision_${Date.now()}`;
  const target = path.join(app.strapi.dirs.static.public, 'uploads', `${hash}.docx`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, zip.generate({ type: 'nodebuffer' }));
  uploaded.push(target);
  const file = await app.strapi.db.query('plugin::upload.file').create({
    data: { name: 'cer-sans-decision.docx', hash, ext: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 20, url: `/uploads/${hash}.docx`, provider: 'local' },
  });
  // Every kind has its entry from the start (with the shipped template, no file): attach the file.
  const entry = (await app.strapi.db.query('api::document-template.document-template').findOne({ where: { kind: 'cer-sans-decision' } })) as { documentId: string };
  await app.strapi.documents('api::document-template.document-template').update({ documentId: entry.documentId, data: { file: file.id } as never });
  const merged = extractDocxText((await world.download('referent', `/cers/${validated.id}/document?template=sans-decision`)).bytes);
  expect(merged).toContain('MODELE-DU-DEPARTEMENT');
  expect(merged).toContain('Fayolle');
});

// Decided at load time: without LibreOffice the real PDF is reported skipped (reason in the
// title), never green; .ci/run installs libreoffice-writer-nogui.
const LIBREOFFICE = findLibreOfficeSync();
const withLibreOffice = LIBREOFFICE ? test : test.skip;

withLibreOffice(
  LIBREOFFICE ? `PDF through the real LibreOffice (${LIBREOFFICE})` : 'PDF through the real LibreOffice — IGNORÉ : LibreOffice (soffice) absent du PATH, installez libreoffice-writer-nogui',
  async () => {
    const pdf = await world.download('referent', `/cers/${validated.id}/document?template=decision-valide&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="CER-044506-3.pdf"');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  },
  120_000,
);

test('without LibreOffice on the server, a PDF request gets a French 422', async () => {
  const savedPath = process.env.PATH;
  process.env.PATH = '/nonexistent';
  try {
    const refused = await world.call<{ message: string }>('referent', 'GET', `/cers/${validated.id}/document?format=pdf`);
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/Conversion PDF indisponible : LibreOffice n’est pas installé/);
  } finally {
    process.env.PATH = savedPath;
  }
});
