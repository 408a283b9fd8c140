import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { CER_TEMPLATE_LABELS, type CerTemplateName } from './cer-template';
import { CER_TEMPLATE_LOOPS, CER_TEMPLATE_TAG_LABELS, CER_TEMPLATE_TAGS, type CerTemplateTag } from './cer-template-variables';
import { describeTemplateError } from './merge-cer-document';
import { detectUploadKind } from './upload-content';

const LOOP_MEMBERS = new Set<CerTemplateTag>(Object.values(CER_TEMPLATE_LOOPS).flat());
const DECISION_TAGS = new Set<CerTemplateTag>(['departmentDecision', 'decision', 'validatedOn', 'notValidatedOn']);

// The merge fields each kind of CER template may use (issue 9 §4), from the one list of tags the
// merge fills. "Sans décision" has no decision yet; each decision template prints its own date;
// "vierge" is the "sans décision" form without the variable elements (guide, « Impression de CER
// vierges »), for the paper fallback.
export const cerTemplateFields = (name: CerTemplateName): readonly CerTemplateTag[] => {
  const topLevel = CER_TEMPLATE_TAGS.filter((tag) => !LOOP_MEMBERS.has(tag));
  switch (name) {
    case 'sans-decision':
      return topLevel.filter((tag) => !DECISION_TAGS.has(tag));
    case 'decision-valide':
      return topLevel.filter((tag) => tag !== 'notValidatedOn');
    case 'decision-non-valide':
      return topLevel.filter((tag) => tag !== 'validatedOn');
    case 'vierge':
      return [];
  }
};

export type CerTemplateCheck = { ok: true } | { ok: false; message: string; unknownTags: readonly string[]; details: readonly string[] };

type TagTree = { [tag: string]: TagTree };

const unknownTagsIn = (tree: TagTree, allowed: ReadonlySet<string>, found: Set<string>): void => {
  for (const [tag, children] of Object.entries(tree)) {
    if (!allowed.has(tag)) found.add(tag);
    // Inside a loop (or a condition), docxtemplater also resolves the outer tags.
    const inner = new Set<string>([...allowed, ...(CER_TEMPLATE_LOOPS[tag as CerTemplateTag] ?? [])]);
    unknownTagsIn(children, inner, found);
  }
};

const braces = (tag: string): string => `{${tag}}`;

/**
 * Whether a Word file can serve as the template of that kind: a real .docx that docxtemplater
 * compiles with the options the merge uses, whose tags are all merge fields of that kind. Run
 * when a functional admin uploads or attaches it, so that a référent never meets a broken one.
 */
export const checkCerTemplate = (name: CerTemplateName, bytes: Buffer): CerTemplateCheck => {
  const label = CER_TEMPLATE_LABELS[name];
  if (detectUploadKind(bytes) !== 'docx') {
    return { ok: false, message: `Le modèle « ${label} » doit être un document Word (.docx).`, unknownTags: [], details: [] };
  }
  const inspect = new InspectModule();
  try {
    new Docxtemplater(new PizZip(bytes), { paragraphLoop: true, linebreaks: true, errorLogging: false, modules: [inspect] });
  } catch (error) {
    const details = describeTemplateError(error);
    return {
      ok: false,
      message: `Le modèle « ${label} » est mal formé : ${details.join(' ; ')}.`,
      unknownTags: [],
      details,
    };
  }
  const found = new Set<string>();
  unknownTagsIn(inspect.getAllTags() as TagTree, new Set<string>(cerTemplateFields(name)), found);
  if (found.size === 0) return { ok: true };
  const unknownTags = [...found].sort();
  const available = cerTemplateFields(name);
  return {
    ok: false,
    message:
      `Le modèle « ${label} » utilise des champs de fusion inconnus pour ce modèle : ${unknownTags.map(braces).join(', ')}. ` +
      (available.length > 0 ? `Champs disponibles : ${available.map(braces).join(', ')}.` : 'Ce modèle n’utilise aucun champ de fusion.'),
    unknownTags,
    details: unknownTags.map(braces),
  };
};

/** The help a functional admin reads next to a template kind in the CMS. */
export const describeCerTemplateFields = (name: CerTemplateName, defaultTemplateUrl: string): string => {
  const fields = cerTemplateFields(name);
  const lines =
    fields.length === 0
      ? ['Ce modèle n’utilise aucun champ de fusion : c’est le CER sans décision sans les éléments variables, à remplir à la main.']
      : [
          'Champs de fusion utilisables dans ce modèle (à écrire tels quels, accolades comprises, dans le document Word) :',
          ...fields.flatMap((tag) => [
            `${braces(tag)} : ${CER_TEMPLATE_TAG_LABELS[tag]}`,
            ...(CER_TEMPLATE_LOOPS[tag] ?? []).map((member) => `    ${braces(member)} : ${CER_TEMPLATE_TAG_LABELS[member]}`),
          ]),
          'Un champ inconnu est refusé à l’enregistrement.',
        ];
  return [...lines, '', `Modèle par défaut, à télécharger comme point de départ : ${defaultTemplateUrl}`].join('\n');
};
