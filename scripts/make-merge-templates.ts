// Builds the default Word templates of the mail merge (FEATURES D1, A5) shipped in
// plugins/documents/templates/: one per kind (formulaire, courrier, convocation individuelle,
// convocation collective), letter layout with the Département's heading. Regenerate with
//   npx tsx scripts/make-merge-templates.ts
// Every tag is one whole run (one <w:t>): Word may split text into runs, docxtemplater may not.
// Functional admins replace them in the CMS (« Modèle de document ») with their own files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { MERGE_TEMPLATE_KINDS, shippedTemplateFileName, type MergeTemplateKind } from '../plugins/documents/domain/merge/merge-template-kind';
import { checkMergeTemplate } from '../plugins/documents/domain/merge/merge-document';

const OUT_DIR = path.resolve(__dirname, '../plugins/documents/templates');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const BLUE = '1F3864';

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, bold = false): string => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const tag = (name: string, bold = false): string => run(`{${name}}`, bold);
type Align = 'left' | 'right' | 'center' | 'both';
const p = (runs: string[], align?: Align, after = 120): string =>
  `<w:p><w:pPr><w:spacing w:after="${after}"/>${align ? `<w:jc w:val="${align}"/>` : ''}</w:pPr>${runs.join('')}</w:p>`;
const banner = (): string =>
  `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/><w:caps/><w:color w:val="${BLUE}"/><w:sz w:val="28"/></w:rPr><w:t>Département de l'Ardèche</w:t></w:r></w:p>` +
  p([run('Direction de l’action sociale — Insertion RSA')], 'left', 360);

const letterHead = (): string[] => [
  banner(),
  p([tag('collaboratorName')], 'left', 0),
  p([tag('collaboratorStructure')], 'left', 240),
  p([tag('civility'), run(' '), tag('fullName')], 'right', 0),
  p([tag('address')], 'right', 240),
  p([run('Dossier n° '), tag('fileNumber'), run(' — le '), tag('today')], 'right', 360),
];

const BODIES: Record<MergeTemplateKind, () => string[]> = {
  formulaire: () => [
    banner(),
    p([run('Fiche de renseignements', true)], 'center', 240),
    p([run('Nom : '), tag('lastName')]),
    p([run('Prénom : '), tag('firstName')]),
    p([run('Date de naissance : '), tag('birthDate')]),
    p([run('Numéro de dossier : '), tag('fileNumber')]),
    p([run('Adresse : '), tag('address')]),
    p([run('Téléphone : '), tag('phone')]),
    p([run('Courriel : '), tag('email')]),
    p([run('Référent de parcours : '), tag('referentName'), run(' ('), tag('referentStructure'), run(')')]),
    p([run('Édité le '), tag('today'), run(' par '), tag('senderName')], 'right'),
  ],
  courrier: () => [
    ...letterHead(),
    p([run('Objet : '), tag('appointmentTheme', true)]),
    p([tag('civility'), run(',')]),
    p([run('Je vous confirme notre rendez-vous du '), tag('appointmentDay'), run(' à '), tag('appointmentTime'), run(' ('), tag('appointmentType'), run('), lieu : '), tag('place'), run('.')], 'both'),
    p([run('Je vous prie d’agréer l’expression de mes salutations distinguées.')], 'both', 360),
    p([tag('collaboratorName')], 'right'),
  ],
  'convocation-individuelle': () => [
    ...letterHead(),
    p([run('Objet : convocation à un entretien — '), tag('appointmentTheme', true)]),
    p([tag('civility'), run(',')]),
    p([run('Dans le cadre de votre accompagnement au titre du RSA, vous êtes convoqué(e) à un entretien individuel :')], 'both'),
    p([run('le '), tag('appointmentDay', true), run(' à '), tag('appointmentTime', true), run(' (durée : '), tag('duration'), run(')')], 'center'),
    p([run('lieu : '), tag('place', true)], 'center'),
    p([run('avec '), tag('collaboratorName'), run(' ('), tag('appointmentType'), run(').')], 'center', 240),
    p([run('Merci de vous munir de ce courrier et de prévenir en cas d’empêchement. Une absence non justifiée peut entraîner une réduction de votre allocation.')], 'both', 360),
    p([tag('collaboratorName')], 'right'),
  ],
  'convocation-collective': () => [
    ...letterHead(),
    p([run('Objet : convocation à une réunion collective — '), tag('appointmentTheme', true)]),
    p([tag('civility'), run(',')]),
    p([run('Vous êtes convoqué(e) à une réunion d’information collective ('), tag('capacity'), run(' places) :')], 'both'),
    p([run('le '), tag('appointmentDay', true), run(' de '), tag('appointmentTime', true), run(' à '), tag('appointmentEnd', true)], 'center'),
    p([run('lieu : '), tag('place', true)], 'center'),
    p([run('animée par '), tag('collaboratorName'), run('.')], 'center', 240),
    p([run('Votre présence est obligatoire ; en cas d’empêchement, merci de prévenir votre référent.')], 'both', 360),
    p([tag('collaboratorName')], 'right'),
  ],
};

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const documentXml = (kind: MergeTemplateKind): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${NS_W}"><w:body>${BODIES[kind]().join('')}` +
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>';

const build = (kind: MergeTemplateKind): Buffer => {
  const zip = new PizZip();
  for (const [name, content] of [['[Content_Types].xml', CONTENT_TYPES], ['_rels/.rels', PACKAGE_RELS], ['word/document.xml', documentXml(kind)]] as const) {
    zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
};

mkdirSync(OUT_DIR, { recursive: true });
for (const kind of MERGE_TEMPLATE_KINDS) {
  const file = path.join(OUT_DIR, shippedTemplateFileName(kind));
  const bytes = build(kind);
  const check = checkMergeTemplate(kind, bytes);
  if (!check.ok) throw new Error(`${file} : ${check.message}`);
  const unchanged = (() => {
    try {
      return readFileSync(file).equals(bytes);
    } catch {
      return false;
    }
  })();
  if (!unchanged) writeFileSync(file, bytes);
  process.stdout.write(`${unchanged ? 'inchangé' : 'écrit   '} ${path.relative(process.cwd(), file)} (${bytes.length} octets)\n`);
}
