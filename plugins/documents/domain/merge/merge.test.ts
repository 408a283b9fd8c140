import { readFileSync } from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { checkMergeTemplate, mergeDocument, mergeDocumentsCombined } from './merge-document';
import { MERGE_FIELDS } from './merge-fields';
import { MERGE_TEMPLATE_KINDS, type MergeTemplateKind } from './merge-template-kind';
import { frenchDuration, frenchLongDate, frenchTime, mergeValues, type MergeContext } from './merge-values';
import { batchEntryName, pickConvocationAppointment, type CandidateAppointment } from './pick-convocation-appointment';

const shipped = (kind: MergeTemplateKind): Buffer => readFileSync(path.resolve(__dirname, '../../templates', `${kind}.docx`));
const withText = (kind: MergeTemplateKind, text: string): Buffer => {
  const zip = new PizZip(shipped(kind));
  zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('</w:body>', `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:body>`));
  return zip.generate({ type: 'nodebuffer' });
};
const textOf = (docx: Buffer): string => (new PizZip(docx).file('word/document.xml')?.asText() ?? '').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');

const context: MergeContext = {
  person: {
    civility: 'Madame',
    lastName: 'Fayolle',
    firstName: 'Élodie',
    birthDate: '1987-09-04',
    fileNumber: '044506',
    address: { line1: '12 rue des Écoles', line2: null, postalCode: '07200', city: 'Aubenas' },
    phone: '0612345678',
    email: 'e@exemple.fr',
  },
  referent: { name: 'Claire ROUX', structure: 'DTAS Centre' },
  senderName: 'Sophie VERNET',
  today: '2027-01-04',
  appointment: { startLocal: '2027-01-12T14:30', duration: 45, typeLabel: 'Entretien individuel', themeLabel: 'Suivi', placeLabel: 'DTAS Centre – Privas', collaboratorName: 'Claire ROUX', collaboratorStructure: 'DTAS Centre', capacity: 12 },
};

test.each([
  ['2027-01-12', 'mardi 12 janvier 2027'],
  ['2027-02-01', 'lundi 1er février 2027'],
  ['2024-12-25', 'mercredi 25 décembre 2024'],
  ['', ''],
])('frenchLongDate(%s) → %s', (date, expected) => expect(frenchLongDate(date)).toBe(expected));

test.each([
  [870, '14 h 30'],
  [540, '9 h'],
  [605, '10 h 05'],
])('frenchTime(%i) → %s', (minutes, expected) => expect(frenchTime(minutes)).toBe(expected));

test.each([
  [45, '45 min'],
  [60, '1 h'],
  [90, '1 h 30'],
])('frenchDuration(%i) → %s', (minutes, expected) => expect(frenchDuration(minutes)).toBe(expected));

test.each<[MergeTemplateKind, Record<string, string>, string[]]>([
  ['formulaire', { fullName: 'Élodie FAYOLLE', birthDate: '04/09/1987', phone: '0612345678', referentName: 'Claire ROUX', today: '04/01/2027' }, ['appointmentDate', 'capacity']],
  ['courrier', { appointmentDay: 'mardi 12 janvier 2027', appointmentTime: '14 h 30', appointmentEnd: '15 h 15', place: 'DTAS Centre – Privas' }, ['phone', 'capacity']],
  ['convocation-individuelle', { appointmentDate: '12/01/2027', duration: '45 min', collaboratorName: 'Claire ROUX', address: '12 rue des Écoles\n07200 Aubenas' }, ['phone', 'capacity']],
  ['convocation-collective', { capacity: '12', senderName: 'Sophie VERNET' }, ['email']],
])('mergeValues(%s) gives its fields only', (kind, expected, absent) => {
  const values = mergeValues(kind, context);
  expect(Object.keys(values).sort()).toEqual([...MERGE_FIELDS[kind]].sort());
  expect(values).toMatchObject(expected);
  for (const field of absent) expect(values).not.toHaveProperty(field);
});

test.each(MERGE_TEMPLATE_KINDS)('the shipped %s template passes the check and merges without a tag left', (kind) => {
  expect(checkMergeTemplate(kind, shipped(kind))).toEqual({ ok: true });
  const text = textOf(mergeDocument(shipped(kind), mergeValues(kind, context)));
  expect(text.toUpperCase()).toContain('FAYOLLE');
  expect(text).not.toMatch(/[{}]|undefined/);
});

test.each<[MergeTemplateKind, string, RegExp]>([
  ['convocation-individuelle', '{nomDeFamille}', /utilise un champ de fusion inconnu : \{nomDeFamille\}\. Champs disponibles : \{civility\}/],
  ['formulaire', '{appointmentDate} {capacity}', /des champs de fusion inconnus : \{appointmentDate\}, \{capacity\}/],
  ['courrier', '{lastName', /est mal formé : la balise « \{lastName » n’est pas fermée/],
  ['courrier', 'lastName}', /est mal formé : .*lastName/],
])('%s with « %s » is refused', (kind, text, message) => {
  const check = checkMergeTemplate(kind, withText(kind, text));
  expect(check.ok).toBe(false);
  if (!check.ok) expect(check.message).toMatch(message);
});

test('a file that is not Word is refused', () => {
  expect(checkMergeTemplate('courrier', Buffer.from('%PDF-1.4'))).toMatchObject({ ok: false, message: 'Le modèle « Courrier » doit être un document Word (.docx).' });
});

const NOW = new Date('2027-01-04T08:00:00Z');
const a = (id: number, beneficiaryId: number, startsAt: string, status = 'prevu', collectiveKey: string | null = null): CandidateAppointment => ({ id, beneficiaryId, startsAt, status, collectiveKey });
test.each<[string, CandidateAppointment[], string | null, number | null]>([
  ['the next « prévu » one', [a(1, 7, '2027-02-01T09:00:00Z'), a(2, 7, '2027-01-10T09:00:00Z')], null, 2],
  ['not a past one', [a(1, 7, '2027-01-03T09:00:00Z'), a(2, 7, '2027-01-20T09:00:00Z')], null, 2],
  ['not a cancelled one', [a(1, 7, '2027-01-05T09:00:00Z', 'annule_beneficiaire'), a(2, 7, '2027-01-20T09:00:00Z')], null, 2],
  ['not another person’s', [a(1, 8, '2027-01-05T09:00:00Z')], null, null],
  ['the collective session’s when named', [a(1, 7, '2027-01-05T09:00:00Z'), a(2, 7, '2027-01-20T09:00:00Z', 'prevu', 'info-coll')], 'info-coll', 2],
  ['none', [], null, null],
])('pickConvocationAppointment: %s', (_, candidates, collective, expected) => {
  expect(pickConvocationAppointment(candidates, 7, NOW, collective)?.id ?? null).toBe(expected);
});

test('batch entry names are unique and carry no name', () => {
  const taken = new Set<string>();
  expect(batchEntryName('044506', '2027-01-12T14:30', taken)).toBe('Convocation-044506-2027-01-12.docx');
  expect(batchEntryName('044506', '2027-01-12T16:00', taken)).toBe('Convocation-044506-2027-01-12-2.docx');
  expect(batchEntryName(null, '2027-01-12T16:00', taken)).toBe('Convocation-dossier-2027-01-12.docx');
});

test('many merges of one template as one document, a page break between them, the section once', () => {
  const names = ['Arnaud', 'Bonnet', 'Chazal'];
  const docx = mergeDocumentsCombined(shipped('convocation-individuelle'), names.map((lastName) => ({ ...mergeValues('convocation-individuelle', { ...context, person: { ...context.person, lastName } }) })));
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  expect(xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(2);
  expect(xml.match(/<w:sectPr/g)).toHaveLength(1);
  const text = textOf(docx);
  expect(names.map((n) => text.indexOf(`Élodie ${n.toUpperCase()}`))).toEqual([...names.map((n) => text.indexOf(`Élodie ${n.toUpperCase()}`))].sort((a, b) => a - b));
  expect(names.every((n) => text.includes(`Élodie ${n.toUpperCase()}`))).toBe(true);
  expect(text).not.toMatch(/[{}]|__/);
});
