// FSE+ demo: one operation of the current year with its FSE offer (operator CEFORA), and the
// first files of referentfse.demo in étape on it, passed en convention by the fse plugin's own
// rule — so that gestionnairefse.demo sees participants with red pastilles, and referentfse.demo
// questionnaires to fill.
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';

const documentId = () => randomUUID().replace(/-/g, '').slice(0, 24);
const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? (r as T[]) : ((r as { rows?: T[] }).rows ?? []));

type StepRule = { afterWrite(change: Record<string, unknown>, trx: unknown, login: string): Promise<void> };

export const loadFseDemo = async (strapi: Core.Strapi, referentLogin: string, today: string): Promise<void> => {
  const year = today.slice(0, 4);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const cefora = (await strapi.db.query('api::structure.structure').findOne({ where: { code: 'CEFORA' } })) as { id: number } | null;
  const offer = (await strapi.db.query('api::offer.offer').create({
    data: { documentId: documentId(), publishedAt: new Date(), title: `FSE ${year} Accompagnateurs emploi`, operator: cefora?.id ?? null, dispositif: 'fse', startDate: start, endDate: end, active: true },
  })) as { id: number };
  await strapi.db.query('api::fse-operation.fse-operation').create({
    data: { documentId: documentId(), publishedAt: new Date(), code: `FSE-${year}-AE`, name: `FSE ${year} Accompagnateurs emploi`, startDate: start, endDate: end, operator: cefora?.id ?? null, budgetLine: 'PO FSE+ — priorité inclusion', offers: [offer.id], active: true },
  });
  const knex = strapi.db.connection;
  const files = rowsOf<{ id: number }>(await knex.raw(
    "SELECT DISTINCT b.id FROM beneficiaries b JOIN assignments a ON a.beneficiary_id = b.id AND a.role = 'parcours' WHERE a.login = ? ORDER BY b.id LIMIT 3",
    [referentLogin],
  ));
  const rule = (strapi.plugin('fse').service('operations') as { stepRule: StepRule }).stepRule;
  const now = new Date();
  for (const file of files) {
    const [row] = rowsOf<{ id: number }>(await knex.raw(
      "INSERT INTO positionnements (beneficiary_id, offer_id, state, planned_start, planned_end, real_start, collaborator_login, created_by_login, answered_by_login, answered_at, created_at, updated_at) VALUES (?, ?, 'etape', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      [file.id, offer.id, start, end, start, referentLogin, referentLogin, referentLogin, now, now, now],
    ));
    await rule.afterWrite({ positionnementId: Number(row.id), beneficiaryId: file.id, offerId: offer.id, state: 'etape', plannedStart: start, plannedEnd: end, realStart: start, realEnd: null }, knex, referentLogin);
  }
};
