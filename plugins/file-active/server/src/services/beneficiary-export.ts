// Excel export of beneficiary files (F3 batch action): the ticked files, a saved selection or the
// current search, as the list shows them, within the caller's perimeter (the list query decides),
// written to the audit trail as an export of each file.
import type { Core } from '@strapi/strapi';
import { ConsoleError, reportWorkbook, todayInParis, type ConsoleUser, type ListQuery } from '@rsa/console-kit';
import { FILE_STATE_LABELS, isCappedTotal, listCountCapLabel, reportExportFileName } from '@rsa/vocabulary';
import type { BeneficiaryListItem } from '@rsa/vocabulary';

export const EXPORT_MAX = 5000;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async workbook(user: ConsoleUser, query: Pick<ListQuery, 'filter' | 'sort'>): Promise<{ filename: string; buffer: Buffer; count: number }> {
    const page: { rows: BeneficiaryListItem[]; total: number } = await strapi
      .plugin('file-active')
      .service('beneficiaries')
      .list(user, { ...query, range: { start: 0, end: EXPORT_MAX - 1 } });
    // The list stops counting beyond LIST_COUNT_CAP: its total then reads « plus de 10 000 ».
    const count = isCappedTotal(page.total) ? `plus de ${listCountCapLabel()}` : String(page.total);
    if (page.total > EXPORT_MAX) throw new ConsoleError(413, `Trop de dossiers pour un export (${count}) : ${EXPORT_MAX} au plus, affinez la recherche.`);
    const buffer = await reportWorkbook<BeneficiaryListItem>(
      'Bénéficiaires',
      [
        { header: 'N° dossier', value: (r) => r.fileNumber, width: 12 },
        { header: 'Nom', value: (r) => r.lastName, width: 22 },
        { header: 'Nom de naissance', value: (r) => r.birthName, width: 22 },
        { header: 'Prénom', value: (r) => r.firstName, width: 18 },
        { header: 'Date de naissance', value: (r) => r.birthDate, type: 'date', width: 16 },
        { header: 'État', value: (r) => FILE_STATE_LABELS[r.state], width: 10 },
        { header: 'Référent de parcours', value: (r) => r.currentReferent?.name ?? null, width: 24 },
        { header: 'Structure du référent', value: (r) => r.currentReferent?.structureName ?? r.currentReferent?.structure ?? null, width: 24 },
        { header: 'Date actualisation', value: (r) => r.updatedFromGenesisOn, type: 'date', width: 16 },
      ],
      page.rows,
    );
    await strapi.plugin('file-active').service('audit').recordMany(user, 'export:list', page.rows.map((r) => r.id));
    return { filename: reportExportFileName('beneficiaires', todayInParis()), buffer, count: page.rows.length };
  },
});
