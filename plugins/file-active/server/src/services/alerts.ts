// The infocentre's alerts (R1): dynamic lists of what needs the user's attention, each with its
// count, computed live on the user's perimeter. The file alerts follow the remembered situation
// (file active / sortis / tous); « Notes qui me sont attribuées » lists the open notes another
// collaborator attributed to the user (F12). The rows come from the reports that compute them.
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { ALERT_LABELS, ALERT_NAMES, ALERTS_WITH_SITUATION, isAlertName, type AlertName, type ReportColumnDescription, type ReportDescription } from '@rsa/vocabulary';
import type { ReportRow } from './reports/index';
import { REPORTS } from './reports/index';

export type AlertSummary = { id: AlertName; title: string; count: number; situation: string | null; columns: ReportColumnDescription[] };
type Row = Record<string, unknown> & { id: number | string; beneficiary: number };

const NOTE_COLUMNS: ReportColumnDescription[] = [
  { key: 'fileNumber', header: 'N° dossier' },
  { key: 'lastName', header: 'Nom' },
  { key: 'firstName', header: 'Prénom' },
  { key: 'author', header: 'Auteur' },
  { key: 'createdAt', header: 'Écrite le', type: 'date' },
  { key: 'text', header: 'Note' },
];

const EXCERPT = 140;
const READ_PROFILES = ['referent', 'referent_fse', 'secretariat', 'secretariat_structure', 'cadre', 'siege'];

type NoteView = { id: number; beneficiary: number; file?: { fileNumber: string; lastName?: string; firstName?: string }; author: { name: string }; text: string; createdAt: string | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const fileActive = (name: string) => strapi.plugin('file-active').service(name);
  const cerReports = () => strapi.plugin('cer')?.service('cer-reports') as
    | { cerReport(u: ConsoleUser, name: 'cer-renewal', params: Record<string, unknown>): Promise<Row[]>; catalogue(): ReportDescription[] }
    | undefined;

  // The offers module's alerts (étapes ending, positionnements without an answer) are its own.
  const offerAlerts = () => strapi.plugin('offers')?.service('follow-up') as
    | { alertRows(u: ConsoleUser, name: 'etapes-ending' | 'positionnements-unanswered', days: unknown): Promise<Row[]>; alertColumns(name: string): ReportColumnDescription[] }
    | undefined;

  const requireReader = (user: ConsoleUser) => {
    if (!user.profiles.some((p) => READ_PROFILES.includes(p))) throw new ConsoleError(403, 'Les alertes ne sont pas ouvertes à votre profil.');
  };

  const columnsOf = (name: AlertName): ReportColumnDescription[] => {
    if (name === 'assigned-notes') return NOTE_COLUMNS;
    if (name === 'etapes-ending' || name === 'positionnements-unanswered') return offerAlerts()?.alertColumns(name) ?? [];
    if (name === 'cer-renewal') return cerReports()?.catalogue().find((r) => r.id === name)?.columns ?? [];
    return REPORTS[name].columns.map((c) => ({ key: c.key, header: c.header, type: c.type }));
  };

  /** Every row of one alert, the situation given or else the remembered one. */
  const rows = async (user: ConsoleUser, name: string, params: Record<string, string> = {}): Promise<Row[]> => {
    requireReader(user);
    if (!isAlertName(name)) throw new ConsoleError(404, `Alerte inconnue : ${name}.`);
    if (name === 'assigned-notes') {
      const notes = (await fileActive('notes').list(user, { assignedToMe: true, open: true })) as NoteView[];
      return notes.map((n) => ({
        id: n.id,
        beneficiary: n.beneficiary,
        fileNumber: n.file?.fileNumber ?? null,
        lastName: n.file?.lastName ?? null,
        firstName: n.file?.firstName ?? null,
        author: n.author.name,
        createdAt: n.createdAt ? n.createdAt.slice(0, 10) : null,
        text: n.text.length > EXCERPT ? `${n.text.slice(0, EXCERPT - 1)}…` : n.text,
      }));
    }
    if (name === 'etapes-ending' || name === 'positionnements-unanswered') {
      const offers = offerAlerts();
      return offers ? offers.alertRows(user, name, params.days) : [];
    }
    const situation = params.situation || (await fileActive('preferences').alertFilter(user)).situation;
    if (name === 'cer-renewal') {
      const cer = cerReports();
      return cer ? cer.cerReport(user, 'cer-renewal', { days: params.days, situation }) : [];
    }
    const { rows: found } = (await fileActive('reports').run(user, name, { ...params, situation })) as { rows: ReportRow[] };
    return found;
  };

  return {
    rows,
    columnsOf,

    /** The alerts with their counts, in the catalogue's order. */
    async list(user: ConsoleUser): Promise<AlertSummary[]> {
      requireReader(user);
      const { situation } = await fileActive('preferences').alertFilter(user);
      const summaries: AlertSummary[] = [];
      for (const name of ALERT_NAMES) {
        const found = await rows(user, name, { situation });
        summaries.push({ id: name, title: ALERT_LABELS[name], count: found.length, situation: ALERTS_WITH_SITUATION.has(name) ? situation : null, columns: columnsOf(name) });
      }
      return summaries;
    },
  };
};
