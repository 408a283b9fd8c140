// The questions of the FSE+ questionnaires: CMS content (api::fse-question), edited by the
// functional admins, seeded once on an empty table with the ESF+ common participant indicators
// (Regulation (EU) 2021/1057, Annex I): situation on the labour market, age (from the file),
// education level (ISCED), household, disadvantages; at exit, the immediate result indicators.
import type { Core } from '@strapi/strapi';
import type { Choice, Question, QuestionnaireKind } from '../../../domain';

const QUESTION = 'api::fse-question.fse-question';

const YES_NO_REFUSE = [
  { code: 'oui', label: 'Oui' },
  { code: 'non', label: 'Non' },
  { code: 'refus', label: 'Ne souhaite pas répondre' },
];

type Seed = { code: string; questionnaire: QuestionnaireKind; indicator: string; label: string; multiple?: boolean; required?: boolean; choices: Array<{ code: string; label: string }> };

export const SEED_QUESTIONS: readonly Seed[] = [
  { code: 'situation_emploi', questionnaire: 'entry', indicator: 'Situation sur le marché du travail', label: 'Situation sur le marché du travail à l’entrée', choices: [
    { code: 'chomeur', label: 'Chômeur (demandeur d’emploi depuis moins de 12 mois)' },
    { code: 'chomeur_longue_duree', label: 'Chômeur de longue durée (12 mois et plus)' },
    { code: 'inactif', label: 'Inactif (ni en emploi ni à la recherche d’un emploi)' },
    { code: 'emploi', label: 'En emploi, y compris indépendant' },
  ] },
  { code: 'niveau_etudes', questionnaire: 'entry', indicator: 'Niveau d’études (CITE)', label: 'Plus haut niveau de diplôme obtenu', choices: [
    { code: 'cite_0_2', label: 'Jusqu’au 1er cycle du secondaire, brevet (CITE 0 à 2)' },
    { code: 'cite_3_4', label: '2e cycle du secondaire ou post-secondaire non supérieur : CAP, BEP, baccalauréat (CITE 3 et 4)' },
    { code: 'cite_5_8', label: 'Enseignement supérieur (CITE 5 à 8)' },
  ] },
  { code: 'menage', questionnaire: 'entry', indicator: 'Ménage', label: 'Situation du ménage', multiple: true, required: false, choices: [
    { code: 'sans_emploi', label: 'Ménage dont aucun membre n’a d’emploi' },
    { code: 'enfants_a_charge', label: 'Avec enfants à charge' },
    { code: 'un_seul_adulte', label: 'Un seul adulte avec enfants à charge' },
  ] },
  { code: 'handicap', questionnaire: 'entry', indicator: 'Participants handicapés', label: 'Reconnaissance d’un handicap', choices: YES_NO_REFUSE },
  { code: 'ressortissant_pays_tiers', questionnaire: 'entry', indicator: 'Ressortissants de pays tiers', label: 'Ressortissant d’un pays hors Union européenne', choices: YES_NO_REFUSE },
  { code: 'origine_etrangere', questionnaire: 'entry', indicator: 'Participants d’origine étrangère', label: 'Participant d’origine étrangère', choices: YES_NO_REFUSE },
  { code: 'minorite', questionnaire: 'entry', indicator: 'Minorités (y compris communautés marginalisées)', label: 'Appartenance à une minorité', choices: YES_NO_REFUSE },
  { code: 'sans_domicile', questionnaire: 'entry', indicator: 'Sans domicile ou exclusion du logement', label: 'Sans domicile fixe ou exclu du logement', choices: YES_NO_REFUSE },
  { code: 'zone_rurale', questionnaire: 'entry', indicator: 'Participants des zones rurales', label: 'Réside en zone rurale', choices: YES_NO_REFUSE },
  { code: 'sortie_recherche_emploi', questionnaire: 'exit', indicator: 'En recherche d’emploi à la sortie', label: 'À la sortie, recherche un emploi', choices: YES_NO_REFUSE.slice(0, 2) },
  { code: 'sortie_formation', questionnaire: 'exit', indicator: 'Suit un enseignement ou une formation à la sortie', label: 'À la sortie, suit un enseignement ou une formation', choices: YES_NO_REFUSE.slice(0, 2) },
  { code: 'sortie_qualification', questionnaire: 'exit', indicator: 'A obtenu une qualification à la sortie', label: 'À la sortie, a obtenu une qualification', choices: YES_NO_REFUSE.slice(0, 2) },
  { code: 'sortie_emploi', questionnaire: 'exit', indicator: 'En emploi, y compris indépendant, à la sortie', label: 'À la sortie, occupe un emploi (y compris indépendant)', choices: YES_NO_REFUSE.slice(0, 2) },
];

type RawQuestion = { code: string; questionnaire: QuestionnaireKind; indicator: string | null; label: string; multiple: boolean | null; required: boolean | null; active: boolean | null; position: number | null; choices: Array<{ code: string; label: string; active: boolean | null }> | null };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Once, on an empty table: afterwards the questions belong to the functional admins. */
  async seed(): Promise<void> {
    const count = await strapi.db.query(QUESTION as never).count({} as never);
    // The document service writes the choices (repeatable components); the query engine does not.
    const documents = strapi.documents(QUESTION as never);
    if (count > 0) return;
    let position = 0;
    for (const q of SEED_QUESTIONS) {
      position += 1;
      await documents.create({
        data: {
          code: q.code, questionnaire: q.questionnaire, indicator: q.indicator, label: q.label,
          multiple: q.multiple ?? false, required: q.required ?? true, position, active: true,
          choices: q.choices.map((c) => ({ code: c.code, label: c.label, active: true })),
        },
      } as never);
    }
  },

  /** Every question (deactivated ones too: answers already saved keep their labels). */
  async all(): Promise<Question[]> {
    const rows = (await strapi.documents(QUESTION as never).findMany({ populate: ['choices'], sort: ['position:asc', 'id:asc'], limit: 1000 } as never)) as unknown as RawQuestion[];
    return rows.map((r) => ({
      code: r.code,
      questionnaire: r.questionnaire,
      indicator: r.indicator ?? null,
      label: r.label,
      multiple: r.multiple === true,
      required: r.required !== false,
      active: r.active !== false,
      position: Number(r.position ?? 0),
      choices: (r.choices ?? []).map((c): Choice => ({ code: c.code, label: c.label, active: c.active !== false })),
    }));
  },
});
