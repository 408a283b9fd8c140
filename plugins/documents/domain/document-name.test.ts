import { DOCUMENT_NAME_RULE, checkDocumentName, documentTypeCode } from './document-name';

describe('checkDocumentName', () => {
  test.each<[string, string, string, boolean]>([
    ['CV_Fayolle-2024.pdf', '.pdf', 'CV_Fayolle-2024.pdf', false],
    ['cv', '.pdf', 'cv.pdf', false],
    ['Élodie Fayolle CV.PDF', '.pdf', 'Elodie_Fayolle_CV.pdf', true],
    ['photo.jpeg', '.jpg', 'photo.jpg', false],
    ['lettre de l’employeur (copie).docx', '.docx', 'lettre_de_l_employeur_copie.docx', true],
    ['../../etc/passwd', '.pdf', 'etc_passwd.pdf', true],
    ['cœur.png', '.png', 'coeur.png', true],
    ['rapport.exe', '.pdf', 'rapport.pdf', false],
  ])('%s (%s) → %s', (raw, extension, name, fixed) => {
    expect(checkDocumentName(raw, extension, extension === '.jpg' ? ['.jpg', '.jpeg'] : [extension])).toEqual({ ok: true, name, fixed });
  });

  test.each(['', '   ', '.pdf', '«»', '___.docx', '文書.pdf'])('%j is refused with the rule', (raw) => {
    const check = checkDocumentName(raw, '.pdf');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(DOCUMENT_NAME_RULE);
  });

  test('at most 100 characters before the extension', () => {
    const check = checkDocumentName(`${'a'.repeat(150)}.pdf`, '.pdf');
    expect(check).toEqual({ ok: true, name: `${'a'.repeat(100)}.pdf`, fixed: true });
  });
});

test.each([
  ['CER signé', 'cer_signe'],
  ['Bilan de fin d’étape', 'bilan_de_fin_d_etape'],
  ['Attestation CAF/MSA', 'attestation_caf_msa'],
  ['CV', 'cv'],
])('documentTypeCode(%j) = %j', (name, code) => expect(documentTypeCode(name)).toBe(code));
