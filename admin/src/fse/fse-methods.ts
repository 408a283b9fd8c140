// FSE+ calls beyond the simple REST protocol: saving a questionnaire, the participants' export.
import { API_URL } from '../data/api-url';
import { httpClient } from '../data/http-client';
import { downloadFile } from '../data/download';
import type { ConventionDetail } from './fse.type';

export const fseMethods = {
  saveQuestionnaire: async (id: number, kind: 'entry' | 'exit', answers: Record<string, unknown>): Promise<ConventionDetail> => {
    const { json } = await httpClient(`${API_URL}/fse-conventions/${id}/questionnaires/${kind}`, { method: 'PUT', body: JSON.stringify({ answers }) });
    return json as ConventionDetail;
  },
  exportParticipants: (filter: Record<string, unknown>) =>
    downloadFile(`${API_URL}/fse-participants/export?filter=${encodeURIComponent(JSON.stringify(filter))}`, 'participants-fse.xlsx'),
};
