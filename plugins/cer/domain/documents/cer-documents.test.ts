import { readFileSync } from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { CER_STATES, type CerState } from '@rsa/vocabulary';
import type { Cer } from '../cer.type';
import type { CerDocumentData } from './cer-document-data.type';
import { CerDocumentError } from './cer-document.error';
import { CER_TEMPLATE_NAMES, cerTemplateFileName, templateForState, type CerTemplateName } from './cer-template';
import { CER_TEMPLATE_TAGS } from './cer-template-variables';
import { extractDocxText } from './extract-docx-text';
import { mergeCerDocument } from './merge-cer-document';

const TEMPLATES_DIR = path.resolve(__dirname, '../../templates');
const template = (name: CerTemplateName): Buffer => readFileSync(path.join(TEMPLATES_DIR, cerTemplateFileName(name)));

const INTERNAL_COMMENT = 'NOTE-INTERNE-NE-PAS-IMPRIMER';
const PRIORITY = 'PRIORITE-URGENTE-SECRET';
const REFERENT_NOTE = 'NOTE-POUR-LE-REFERENT';

// A whole Cer, internal fields included, as the server holds it: the document must pick only
// what is printable from it.
const cer: Cer = {
  state: 'valide',
  number: 3,
  start: '2024-06-01',
  end: '2024-11-30',
  signedOn: '2024-05-13',
  comment: INTERNAL_COMMENT,
  lastContract: false,
  priority: PRIORITY,
  situation: 'Mère isolée, deux enfants.\nPermis B, pas de véhicule.',
  evaluation: 'Démarches régulières & assidues <depuis> le dernier CER.',
  expression: 'Souhaite travailler dans l’aide à domicile.',
  agreement: 'oui',
  departmentDecision: 'CER validé',
  decision: 'Validé pour six mois, bilan à mi-parcours.',
  validatedOn: '2024-05-20',
  notValidatedOn: '2024-04-02',
  referentNote: REFERENT_NOTE,
  objectives: [
    { theme: 'Emploi', description: 'Candidater à trois offres par mois' },
    { theme: 'Mobilité', description: 'Préparer le code de la route' },
  ],
  history: [],
};

const data: CerDocumentData = {
  beneficiary: {
    civility: 'Madame',
    lastName: 'Fayolle',
    firstName: 'Élodie',
    birthDate: '1987-09-04',
    fileNumber: '044506',
    address: { line1: '12 rue des Écoles', line2: null, postalCode: '07200', city: 'Aubenas' },
  },
  referent: { name: 'Karim Benali', structure: 'DTAS Centre' },
  cer,
};

describe('templateForState', () => {
  test.each<[CerState, CerTemplateName]>([
    ['proposition', 'sans-decision'],
    ['soumis_etude', 'sans-decision'],
    ['etude_commission', 'sans-decision'],
    ['attente_decision', 'sans-decision'],
    ['valide', 'decision-valide'],
    ['non_valide', 'decision-non-valide'],
  ])('%s → %s', (state, name) => {
    expect(templateForState(state)).toBe(name);
  });

  test('covers every state', () => {
    expect(CER_STATES.map(templateForState)).toHaveLength(6);
  });
});

describe('shipped templates', () => {
  test.each(CER_TEMPLATE_NAMES)('%s: every tag sits whole in one <w:t> and is known', (name) => {
    const xml = new PizZip(template(name)).file('word/document.xml')?.asText() ?? '';
    const known = new Set<string>(CER_TEMPLATE_TAGS);
    for (const [, text = ''] of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) {
      expect(text.replace(/\{[#/^]?[A-Za-z]+\}/g, '')).not.toMatch(/[{}]/);
      for (const [, tag = ''] of text.matchAll(/\{[#/^]?([A-Za-z]+)\}/g)) expect(known.has(tag)).toBe(true);
    }
    expect(xml).not.toMatch(/\{comment\}|\{priority\}|\{referentNote\}/);
  });
});

describe('mergeCerDocument', () => {
  const common = [
    "Contrat d'engagement réciproque",
    "Département de l'Ardèche",
    'Madame',
    'Fayolle',
    'Élodie',
    '04/09/1987',
    '044506',
    '12 rue des Écoles\n07200 Aubenas',
    'Karim Benali',
    'DTAS Centre',
    '01/06/2024',
    '30/11/2024',
    '13/05/2024',
    'Mère isolée, deux enfants.\nPermis B, pas de véhicule.',
    'Démarches régulières & assidues <depuis> le dernier CER.',
    'Emploi — Candidater à trois offres par mois',
    'Mobilité — Préparer le code de la route',
    'Souhaite travailler dans l’aide à domicile.',
    'Accord sur le contenu du contrat : Oui',
    'Élodie FAYOLLE',
  ];

  test.each<[CerTemplateName, string[], string[]]>([
    ['sans-decision', common, ['Décision du Département', 'CER validé', 'Validé pour six mois']],
    [
      'decision-valide',
      [...common, 'Décision du Département', 'CER validé', 'Date de validation', '20/05/2024', 'Validé pour six mois, bilan à mi-parcours.'],
      ['Date de non-validation', '02/04/2024'],
    ],
    [
      'decision-non-valide',
      [...common, 'Décision du Département', 'Date de non-validation', '02/04/2024', 'Validé pour six mois, bilan à mi-parcours.'],
      ['Date de validation', '20/05/2024'],
    ],
  ])('%s prints the CER', (name, present, absent) => {
    const text = extractDocxText(mergeCerDocument(template(name), data)).replace(/\u00a0/g, ' ');
    for (const expected of present) expect(text).toContain(expected);
    for (const unexpected of absent) expect(text).not.toContain(unexpected);
    for (const secret of [INTERNAL_COMMENT, PRIORITY, REFERENT_NOTE]) expect(text).not.toContain(secret);
    expect(text).not.toContain('{');
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('Aucun objectif renseigné.');
    // The loop tags' own paragraphs are gone (paragraphLoop): no empty line around objectives.
    expect(text).toMatch(/durée du contrat\.\nEmploi — [^\n]+\nMobilité — [^\n]+\nExpression de la personne/);
  });

  test('vierge prints the labels and blank lines, no data', () => {
    const text = extractDocxText(mergeCerDocument(template('vierge'), data)).replace(/\u00a0/g, ' ');
    for (const label of ['Nom', 'Prénom', 'Date de naissance', 'Numéro de dossier', 'Adresse', 'Objectif 1 — thème', 'Expression de la personne accompagnée', 'Signatures']) {
      expect(text).toContain(label);
    }
    for (const value of ['Fayolle', '044506', 'Emploi', 'CER validé', INTERNAL_COMMENT]) expect(text).not.toContain(value);
    expect(text).not.toContain('{');
    expect(text).toContain('\t'); // the dotted tab leaders
  });

  test('missing values print as nothing', () => {
    const empty: CerDocumentData = {
      beneficiary: { civility: null, lastName: 'Fayolle', firstName: null, birthDate: null, fileNumber: null, address: null },
      referent: null,
      cer: {
        ...cer,
        end: null,
        signedOn: null,
        situation: null,
        evaluation: null,
        expression: null,
        departmentDecision: null,
        decision: null,
        validatedOn: null,
        notValidatedOn: null,
        objectives: [],
      },
    };
    for (const name of CER_TEMPLATE_NAMES) {
      const text = extractDocxText(mergeCerDocument(template(name), empty));
      expect(text).not.toContain('{');
      expect(text).not.toContain('}');
      expect(text).not.toContain('undefined');
      expect(text).not.toContain('null');
      expect(text).not.toContain('NaN');
      if (name !== 'vierge') {
        expect(text).toContain('Aucun objectif renseigné.');
        expect(text).toContain('Date de fin\n\n');
      }
    }
  });

  test('a template asking for the internal comment or an unknown field gets nothing', () => {
    const zip = new PizZip(template('sans-decision'));
    zip.file(
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        '<w:p><w:r><w:t xml:space="preserve">[{comment}][{priority}][{referentNote}][{nothing}][{lastName}]</w:t></w:r></w:p>' +
        '</w:body></w:document>',
    );
    const text = extractDocxText(mergeCerDocument(zip.generate({ type: 'nodebuffer' }), data));
    expect(text).toBe('[][][][][Fayolle]\n');
  });

  test('a broken template is refused with a French message', () => {
    const zip = new PizZip(template('sans-decision'));
    zip.file(
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        '<w:p><w:r><w:t>{#objectives}{theme}</w:t></w:r></w:p></w:body></w:document>',
    );
    expect(() => mergeCerDocument(zip.generate({ type: 'nodebuffer' }), data)).toThrow(CerDocumentError);
    try {
      mergeCerDocument(zip.generate({ type: 'nodebuffer' }), data);
    } catch (error) {
      expect((error as CerDocumentError).message).toMatch(/^Le modèle de document est invalide/);
      expect((error as CerDocumentError).details.length).toBeGreaterThan(0);
    }
  });
});

describe('extractDocxText', () => {
  test('joins runs, splits paragraphs, keeps breaks and decodes entities', () => {
    const zip = new PizZip();
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t>A &amp; </w:t></w:r><w:r><w:t xml:space="preserve">B</w:t><w:br/><w:t>C</w:t><w:tab/></w:r></w:p><w:p/><w:p><w:r><w:t>&#233;</w:t></w:r></w:p></w:body></w:document>',
    );
    expect(extractDocxText(zip.generate({ type: 'nodebuffer' }))).toBe('A & B\nC\t\n\né\n');
  });
});
