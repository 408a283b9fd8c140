import { readFileSync } from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { CER_TEMPLATE_NAMES, cerTemplateFileName, type CerTemplateName } from './cer-template';
import { CER_TEMPLATE_TAGS } from './cer-template-variables';
import { checkCerTemplate, cerTemplateFields, describeCerTemplateFields } from './check-cer-template';

const shipped = (name: CerTemplateName): Buffer => readFileSync(path.resolve(__dirname, '../../templates', cerTemplateFileName(name)));

/** The shipped "sans décision" template with its body replaced by one paragraph of text. */
const templateWith = (text: string): Buffer => {
  const zip = new PizZip(shipped('sans-decision'));
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer' });
};

describe('cerTemplateFields', () => {
  test.each<[CerTemplateName, string[], string[]]>([
    ['sans-decision', ['lastName', 'objectives', 'agreement'], ['decision', 'departmentDecision', 'validatedOn', 'notValidatedOn', 'theme']],
    ['decision-valide', ['decision', 'departmentDecision', 'validatedOn'], ['notValidatedOn', 'description']],
    ['decision-non-valide', ['decision', 'departmentDecision', 'notValidatedOn'], ['validatedOn']],
    ['vierge', [], [...CER_TEMPLATE_TAGS]],
  ])('%s', (name, present, absent) => {
    const fields = cerTemplateFields(name);
    for (const tag of present) expect(fields).toContain(tag);
    for (const tag of absent) expect(fields).not.toContain(tag);
  });

  test('every field is a tag the merge fills', () => {
    for (const name of CER_TEMPLATE_NAMES) for (const tag of cerTemplateFields(name)) expect(CER_TEMPLATE_TAGS).toContain(tag);
  });
});

describe('checkCerTemplate', () => {
  test.each(CER_TEMPLATE_NAMES)('the shipped %s template is valid for its kind', (name) => {
    expect(checkCerTemplate(name, shipped(name))).toEqual({ ok: true });
  });

  test.each<[string, CerTemplateName, string, string[]]>([
    ['a known tag', 'sans-decision', '{lastName} {firstName}', []],
    ['the objectives loop', 'sans-decision', '{#objectives}{theme} — {description}{/objectives}{^objectives}Aucun{/objectives}', []],
    ['an outer tag inside the loop', 'sans-decision', '{#objectives}{lastName}: {theme}{/objectives}', []],
    ['a condition on a field', 'decision-valide', '{#decision}Motif : {decision}{/decision}', []],
    ['an unknown tag', 'sans-decision', '{lastName} {nomDeFamille}', ['nomDeFamille']],
    ['an internal field', 'decision-valide', '{comment} {priority} {referentNote}', ['comment', 'priority', 'referentNote']],
    ['a decision field in « sans décision »', 'sans-decision', '{decision} {validatedOn}', ['decision', 'validatedOn']],
    ['the other decision’s date', 'decision-valide', '{notValidatedOn}', ['notValidatedOn']],
    ['a loop member outside its loop', 'sans-decision', '{theme}', ['theme']],
    ['an unknown tag inside the loop', 'sans-decision', '{#objectives}{titre}{/objectives}', ['titre']],
    ['any field in « vierge »', 'vierge', '{lastName}', ['lastName']],
    ['a dotted path', 'sans-decision', '{beneficiary.lastName}', ['beneficiary.lastName']],
  ])('%s', (_label, name, text, unknown) => {
    const check = checkCerTemplate(name, templateWith(text));
    if (unknown.length === 0) {
      expect(check).toEqual({ ok: true });
    } else {
      expect(check.ok).toBe(false);
      if (!check.ok) {
        expect(check.unknownTags).toEqual([...unknown].sort());
        expect(check.message).toMatch(/^Le modèle « .* » utilise des champs de fusion inconnus pour ce modèle : \{/);
        for (const tag of unknown) expect(check.message).toContain(`{${tag}}`);
      }
    }
  });

  test('a template docxtemplater cannot compile is refused with its explanation', () => {
    const check = checkCerTemplate('sans-decision', templateWith('{#objectives}{theme}'));
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toMatch(/^Le modèle « CER sans décision » est mal formé : /);
      expect(check.details.length).toBeGreaterThan(0);
    }
  });

  test.each<[string, Buffer]>([
    ['a PDF', Buffer.from('%PDF-1.7\n')],
    ['an HTML page renamed .docx', Buffer.from('<html></html>')],
  ])('%s is not a Word template', (_label, bytes) => {
    expect(checkCerTemplate('decision-valide', bytes)).toEqual({
      ok: false,
      message: 'Le modèle « CER décision valide » doit être un document Word (.docx).',
      unknownTags: [],
      details: [],
    });
  });
});

describe('describeCerTemplateFields', () => {
  test('lists the kind’s fields with their meaning, the loop members under their loop, and the default template', () => {
    const text = describeCerTemplateFields('decision-valide', 'https://rsa.example/api/cer/templates/decision-valide/default');
    expect(text).toContain('{lastName} : Nom');
    expect(text).toContain('{validatedOn} : Date de validation (jj/mm/aaaa)');
    expect(text).toMatch(/\{objectives\} : Boucle[^\n]*\n {4}\{theme\} : Thème/);
    expect(text).not.toContain('{notValidatedOn}');
    expect(text).toMatch(/Modèle par défaut, à télécharger comme point de départ : https:\/\/rsa\.example\/api\/cer\/templates\/decision-valide\/default$/);
  });

  test('« vierge » says it has no merge field', () => {
    expect(describeCerTemplateFields('vierge', '/x')).toMatch(/^Ce modèle n’utilise aucun champ de fusion/);
  });
});
