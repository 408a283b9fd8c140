// Builds the four CER Word templates shipped in plugins/cer/templates/ (FEATURES C4) from
// minimal WordprocessingML, so they can be reviewed as code and regenerated identically:
//   npx tsx scripts/make-cer-templates.ts
// Functional admins may later replace them with their own Word files; these are the defaults.
//
// Rule that matters: every docxtemplater tag is written as one whole run (`tag()`), because
// Word splits text into runs freely and a tag cut across two <w:t> renders "undefined".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import {
  CER_TEMPLATE_NAMES,
  cerTemplateFileName,
  type CerTemplateName,
} from '../plugins/cer/domain/documents/cer-template';
import { CER_TEMPLATE_TAGS } from '../plugins/cer/domain/documents/cer-template-variables';

const OUT_DIR = path.resolve(__dirname, '../plugins/cer/templates');
// A fixed timestamp keeps the zips byte-identical from one run to the next.
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const BLUE = '1F3864';
const GREY = '595959';
// A4 with 2 cm margins: 11906 − 2 × 1134 twips of text width.
const TEXT_WIDTH = 9638;
const NBSP = '\u00a0';

// ---------------------------------------------------------------- WordprocessingML helpers

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type RunStyle = { bold?: boolean; italic?: boolean; color?: string; size?: number };

const runProperties = (style: RunStyle): string => {
  const parts = [
    style.bold ? '<w:b/><w:bCs/>' : '',
    style.italic ? '<w:i/><w:iCs/>' : '',
    style.color ? `<w:color w:val="${style.color}"/>` : '',
    style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : '',
  ].join('');
  return parts ? `<w:rPr>${parts}</w:rPr>` : '';
};

const run = (text: string, style: RunStyle = {}): string =>
  `<w:r>${runProperties(style)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

// One tag, one run, one <w:t>.
const tag = (name: string, style: RunStyle = {}): string => run(`{${name}}`, style);

// A right tab with a dotted leader: the "blank line" of the paper form.
const dottedLine = '<w:r><w:tab/></w:r>';

type ParagraphOptions = {
  style?: string;
  align?: 'left' | 'center' | 'right' | 'both';
  keepNext?: boolean;
  // Position of the dotted right tab, in twips from the paragraph's left edge; inside a table
  // cell it must stop at the cell's own width.
  dotted?: boolean | number;
  before?: number;
  after?: number;
  indent?: number;
};

const paragraph = (runs: string | readonly string[], options: ParagraphOptions = {}): string => {
  const props = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.keepNext ? '<w:keepNext/>' : '',
    options.dotted
      ? `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${
          typeof options.dotted === 'number' ? options.dotted : TEXT_WIDTH
        }"/></w:tabs>`
      : '',
    options.before !== undefined || options.after !== undefined
      ? `<w:spacing${options.before !== undefined ? ` w:before="${options.before}"` : ''}${
          options.after !== undefined ? ` w:after="${options.after}"` : ''
        }/>`
      : '',
    options.indent ? `<w:ind w:left="${options.indent}"/>` : '',
    options.align ? `<w:jc w:val="${options.align}"/>` : '',
  ].join('');
  const content = typeof runs === 'string' ? runs : runs.join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
};

const heading = (text: string): string => paragraph(run(text), { style: 'Heading1' });
const label = (text: string): string => run(`${text}${NBSP}: `, { bold: true });

type Cell = { width: number; content: string; fill?: string };

const table = (
  columns: readonly number[],
  rows: readonly (readonly Cell[])[],
  options: { borders: boolean },
): string => {
  const tblPr = [
    options.borders ? '<w:tblStyle w:val="TableGrid"/>' : '',
    `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
  ].join('');
  const grid = columns.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  const body = rows
    .map(
      (cells) =>
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells
          .map(
            (cell) =>
              `<w:tc><w:tcPr><w:tcW w:w="${cell.width}" w:type="dxa"/>${
                cell.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${cell.fill}"/>` : ''
              }</w:tcPr>${cell.content}</w:tc>`,
          )
          .join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
};

const LABEL_WIDTH = 3100;
const VALUE_WIDTH = TEXT_WIDTH - LABEL_WIDTH;
const LABEL_FILL = 'EEF2F8';
// Left and right cell margins of TableNormal.
const CELL_MARGINS = 216;

// Label | value rows; `value` null prints a dotted line to fill by hand, `{ fixed }` a fixed
// text (boxes to tick on the blank form).
type FieldValue = string | null | { fixed: string };

const valueParagraph = (value: FieldValue): string => {
  if (value === null) return paragraph(dottedLine, { dotted: VALUE_WIDTH - CELL_MARGINS, after: 0 });
  if (typeof value === 'string') return paragraph(tag(value), { after: 0 });
  return paragraph(run(value.fixed), { after: 0 });
};

const fieldTable = (rows: readonly (readonly [string, FieldValue])[]): string =>
  table(
    [LABEL_WIDTH, VALUE_WIDTH],
    rows.map(([name, value]) => [
      { width: LABEL_WIDTH, fill: LABEL_FILL, content: paragraph(run(name, { bold: true }), { after: 0 }) },
      { width: VALUE_WIDTH, content: valueParagraph(value) },
    ]),
    { borders: true },
  );

// A free-text section: the tag, or a few dotted lines on the blank form.
const textSection = (title: string, tagName: string, blank: boolean, blankLines = 5): string =>
  [
    heading(title),
    blank
      ? Array.from({ length: blankLines }, () => paragraph(dottedLine, { dotted: true, before: 120 })).join('')
      : paragraph(tag(tagName)),
  ].join('');

// ---------------------------------------------------------------- the CER document

type Variant = { name: CerTemplateName; blank: boolean; decision: 'none' | 'valide' | 'non_valide' };

const VARIANTS: Record<CerTemplateName, Variant> = {
  'sans-decision': { name: 'sans-decision', blank: false, decision: 'none' },
  'decision-valide': { name: 'decision-valide', blank: false, decision: 'valide' },
  'decision-non-valide': { name: 'decision-non-valide', blank: false, decision: 'non_valide' },
  vierge: { name: 'vierge', blank: true, decision: 'none' },
};

const header = (): string =>
  [
    paragraph(run("Département de l'Ardèche"), { style: 'Organisation', after: 0 }),
    paragraph(run("Direction de l'action sociale — Service Insertion"), { style: 'OrganisationDetail', after: 0 }),
    paragraph(run('Dispositif Accompagnement RSA'), { style: 'OrganisationDetail' }),
  ].join('');

const title = (variant: Variant): string => {
  const number = variant.blank ? run(`CER n°${NBSP}………`) : [run(`CER n°${NBSP}`), tag('number')].join('');
  const mention: Record<Variant['decision'], string> = {
    none: variant.blank
      ? 'Formulaire à compléter lors de l’entretien, puis à saisir dans la console par le référent.'
      : 'Contrat co-élaboré avec la personne accompagnée, remis avant son étude par le Service Insertion du Département.',
    valide: 'Contrat validé par le Département.',
    non_valide: 'Contrat non validé par le Département.',
  };
  return [
    paragraph(run("Contrat d'engagement réciproque"), { style: 'Title' }),
    paragraph(number, { style: 'Subtitle', after: 0 }),
    paragraph(run('Revenu de solidarité active (RSA)'), { style: 'Subtitle' }),
    paragraph(run(mention[variant.decision]), { style: 'Mention', align: 'center', after: 160 }),
  ].join('');
};

const identity = (blank: boolean): string => {
  const v = (name: string): string | null => (blank ? null : name);
  return [
    heading('La personne accompagnée'),
    fieldTable([
      ['Civilité', blank ? { fixed: '☐ Madame     ☐ Monsieur' } : 'civility'],
      ['Nom', v('lastName')],
      ['Prénom', v('firstName')],
      ['Date de naissance', v('birthDate')],
      ['Numéro de dossier', v('fileNumber')],
      ['Adresse', v('address')],
    ]),
    heading('Le référent de parcours'),
    fieldTable([
      ['Nom', v('referentName')],
      ['Structure', v('referentStructure')],
    ]),
    heading('Durée du contrat'),
    fieldTable([
      ['Date de début', v('start')],
      ['Date de fin', v('end')],
      ['Date de signature', v('signedOn')],
    ]),
  ].join('');
};

const objectives = (blank: boolean): string => {
  const intro = paragraph(
    run('Les actions que la personne accompagnée et son référent s’engagent à conduire pendant la durée du contrat.'),
    { style: 'Mention' },
  );
  if (blank) {
    const block = (index: number): string =>
      [
        paragraph([run(`Objectif ${index}${NBSP}— thème${NBSP}: `, { bold: true }), dottedLine], {
          dotted: true,
          before: 160,
          keepNext: true,
        }),
        paragraph(dottedLine, { dotted: true, before: 120, indent: 284 }),
        paragraph(dottedLine, { dotted: true, before: 120, indent: 284 }),
      ].join('');
    return [heading('Objectifs et engagements'), intro, block(1), block(2), block(3), block(4)].join('');
  }
  return [
    heading('Objectifs et engagements'),
    intro,
    // paragraphLoop: the paragraphs holding only the loop tags disappear at merge time.
    paragraph(tag('#objectives')),
    paragraph([tag('theme', { bold: true }), run(' — '), tag('description')], { indent: 284 }),
    paragraph(tag('/objectives')),
    paragraph(tag('^objectives')),
    paragraph(run('Aucun objectif renseigné.', { italic: true })),
    paragraph(tag('/objectives')),
  ].join('');
};

const agreement = (blank: boolean): string =>
  [
    heading('Accord de la personne accompagnée'),
    blank
      ? paragraph([label('Accord sur le contenu du contrat'), run('☐ Oui     ☐ Non')])
      : paragraph([label('Accord sur le contenu du contrat'), tag('agreement')]),
  ].join('');

const decision = (variant: Variant): string => {
  if (variant.decision === 'none') return '';
  const valide = variant.decision === 'valide';
  return [
    heading('Décision du Département'),
    fieldTable([
      ['Décision', 'departmentDecision'],
      [valide ? 'Date de validation' : 'Date de non-validation', valide ? 'validatedOn' : 'notValidatedOn'],
      ['Décision commentée', 'decision'],
    ]),
    paragraph(
      run(
        valide
          ? 'Le contrat s’applique pour la durée indiquée ci-dessus, qui peut différer de celle proposée.'
          : 'Votre référent de parcours reprendra contact avec vous pour construire un nouveau contrat.',
      ),
      { style: 'Mention', before: 80 },
    ),
  ].join('');
};

const signatures = (blank: boolean): string => {
  const half = TEXT_WIDTH / 2;
  const cell = (who: string, nameTag: string | null): Cell => ({
    width: half,
    content: [
      paragraph(run(who, { bold: true }), { keepNext: true }),
      nameTag === null ? paragraph(dottedLine, { dotted: half - CELL_MARGINS }) : paragraph(tag(nameTag)),
      paragraph(run('Signature', { italic: true, color: GREY })),
      paragraph(''),
      paragraph(''),
      paragraph(''),
    ].join(''),
  });
  return [
    heading('Signatures'),
    blank
      ? paragraph([run(`Fait à `), run('……………………………'), run(`, le `), run('……………………')], { keepNext: true })
      : paragraph([run('Fait le '), tag('signedOn')], { keepNext: true }),
    table(
      [half, half],
      [[cell('La personne accompagnée', blank ? null : 'fullName'), cell('Le référent de parcours', blank ? null : 'referentName')]],
      { borders: false },
    ),
  ].join('');
};

const documentXml = (variant: Variant): string => {
  const body = [
    header(),
    title(variant),
    identity(variant.blank),
    textSection(
      'Situation actuelle et actions mises en œuvre depuis le dernier contrat',
      'situation',
      variant.blank,
    ),
    textSection('Évaluation commune (personne et référent) du parcours', 'evaluation', variant.blank),
    objectives(variant.blank),
    textSection('Expression de la personne accompagnée', 'expression', variant.blank, 4),
    agreement(variant.blank),
    decision(variant),
    signatures(variant.blank),
  ].join('');
  const section =
    '<w:sectPr><w:footerReference w:type="default" r:id="rId2"/>' +
    '<w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>' +
    '</w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:body>${body}${section}</w:body></w:document>`;
};

// ---------------------------------------------------------------- package parts

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;

const coreXml = (variant: Variant): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Contrat d'engagement réciproque</dc:title><dc:subject>${esc(
  `Modèle ${cerTemplateFileName(variant.name)}`,
)}</dc:subject><dc:creator>Département de l'Ardèche</dc:creator><dc:language>fr-FR</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE.toISOString().replace('.000', '')}</dcterms:created></cp:coreProperties>`;

const field = (instruction: string): string =>
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
  `<w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>' +
  '<w:r><w:fldChar w:fldCharType="end"/></w:r>';

const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="${NS_W}" xmlns:r="${NS_R}">${paragraph(
  [run("Contrat d'engagement réciproque — page "), field('PAGE'), run(' sur '), field('NUMPAGES')],
  { style: 'Footer' },
)}</w:ftr>`;

const paragraphStyle = (id: string, name: string, pPr: string, rPr: string, extra = ''): string =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${NS_W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
  paragraphStyle('Title', 'Title', '<w:jc w:val="center"/><w:spacing w:before="240" w:after="40"/>', `<w:b/><w:caps/><w:color w:val="${BLUE}"/><w:sz w:val="34"/><w:szCs w:val="34"/>`) +
  paragraphStyle('Subtitle', 'Subtitle', '<w:jc w:val="center"/><w:spacing w:after="40"/>', `<w:color w:val="${BLUE}"/><w:sz w:val="22"/><w:szCs w:val="22"/>`) +
  paragraphStyle(
    'Heading1',
    'heading 1',
    `<w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="${BLUE}"/></w:pBdr><w:spacing w:before="280" w:after="120"/><w:outlineLvl w:val="0"/>`,
    `<w:b/><w:color w:val="${BLUE}"/><w:sz w:val="23"/><w:szCs w:val="23"/>`,
  ) +
  paragraphStyle('Organisation', 'Organisation', '<w:spacing w:after="0"/>', `<w:b/><w:caps/><w:color w:val="${BLUE}"/><w:sz w:val="22"/><w:szCs w:val="22"/>`) +
  paragraphStyle('OrganisationDetail', 'Organisation (détail)', '<w:spacing w:after="0"/>', `<w:color w:val="${GREY}"/><w:sz w:val="18"/><w:szCs w:val="18"/>`) +
  paragraphStyle('Mention', 'Mention', '<w:spacing w:after="120"/>', `<w:i/><w:iCs/><w:color w:val="${GREY}"/><w:sz w:val="18"/><w:szCs w:val="18"/>`) +
  paragraphStyle('Footer', 'footer', '<w:jc w:val="center"/><w:spacing w:after="0"/>', `<w:color w:val="${GREY}"/><w:sz w:val="16"/><w:szCs w:val="16"/>`) +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '</w:styles>';

const buildTemplate = (variant: Variant): Buffer => {
  const zip = new PizZip();
  const parts: [string, string][] = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['docProps/core.xml', coreXml(variant)],
    ['word/document.xml', documentXml(variant)],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', STYLES],
    ['word/footer1.xml', FOOTER],
  ];
  for (const [name, content] of parts) zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
};

// ---------------------------------------------------------------- self-check

const KNOWN_TAGS = new Set<string>(CER_TEMPLATE_TAGS);

// Refuses a template whose tags would not merge cleanly: a brace outside a whole tag in its
// <w:t>, an unknown tag, or anything docxtemplater cannot compile.
const checkTemplate = (buffer: Buffer, file: string): void => {
  const xml = new PizZip(buffer).file('word/document.xml')?.asText() ?? '';
  for (const [, text = ''] of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) {
    const outside = text.replace(/\{[#/^]?[A-Za-z]+\}/g, '');
    if (/[{}]/.test(outside)) throw new Error(`${file}: tag coupé ou mal formé dans « ${text} »`);
    for (const [, name = ''] of text.matchAll(/\{[#/^]?([A-Za-z]+)\}/g)) {
      if (!KNOWN_TAGS.has(name)) throw new Error(`${file}: balise inconnue {${name}}`);
    }
  }
  new Docxtemplater(new PizZip(buffer), { paragraphLoop: true, linebreaks: true, errorLogging: false });
};

const main = (): void => {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const name of CER_TEMPLATE_NAMES) {
    const file = path.join(OUT_DIR, cerTemplateFileName(name));
    const buffer = buildTemplate(VARIANTS[name]);
    checkTemplate(buffer, file);
    const unchanged = (() => {
      try {
        return readFileSync(file).equals(buffer);
      } catch {
        return false;
      }
    })();
    if (!unchanged) writeFileSync(file, buffer);
    process.stdout.write(`${unchanged ? 'inchangé' : 'écrit   '} ${path.relative(process.cwd(), file)} (${buffer.length} octets)\n`);
  }
};

main();
