// The infocentre's alerts (R1): dynamic lists of what needs the user's attention, each with its
// count, computed live on the user's perimeter. The file alerts follow the remembered situation
// (file active / sortis / tous); « Notes qui me sont attribuées » lists the open notes another
// collaborator attributed to the user (F12). Extension point: each alert comes from a provider —
// file-active's own (below, registered at its register) and those cer (CER à renouveler) and
// offers (étapes, positionnements) register at their bootstrap — in the vocabulary's order.
import type { Core } from '@strapi/strapi';
import { ConsoleError, type AlertProvider, type AlertRow, type ConsoleUser } from '@rsa/console-kit';
import { ALERT_LABELS, ALERT_NAMES, ALERTS_WITH_SITUATION, isAlertName, type AlertName, type ReportColumnDescription } from '@rsa/vocabulary';
import type { ReportRow } from './reports/index';
import { REPORTS } from './reports/index';

export type AlertSummary = { id: AlertName; title: string; count: number; situation: string | null; columns: ReportColumnDescription[] };

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
  const providers = new Map<AlertName, AlertProvider>();

  const requireReader = (user: ConsoleUser) => {
    if (!user.profiles.some((p) => READ_PROFILES.includes(p))) throw new ConsoleError(403, 'Les alertes ne sont pas ouvertes à votre profil.');
  };

  /** The file alerts computed by file-active's reports (standbys ending, missing characteristics). */
  const reportAlerts: AlertProvider = {
    names: ALERT_NAMES.filter((name) => name in REPORTS),
    columns: (name) => REPORTS[name].columns.map((c) => ({ key: c.key, header: c.header, type: c.type })),
    rows: async (user, name, params) => ((await fileActive('reports').run(user, name, params)) as { rows: ReportRow[] }).rows,
  };

  const assignedNotes: AlertProvider = {
    names: ['assigned-notes'],
    columns: () => NOTE_COLUMNS,
    async rows(user) {
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
    },
  };

  const service = {
    /** A name registered again is replaced (restarts in tests). */
    register(provider: AlertProvider): void {
      for (const name of provider.names) providers.set(name, provider);
    },

    /** An alert whose module is absent has no column and no row. */
    columnsOf: (name: AlertName): ReportColumnDescription[] => providers.get(name)?.columns(name) ?? [],

    /** Every row of one alert, the situation given or else the remembered one. */
    async rows(user: ConsoleUser, name: string, params: Record<string, string> = {}): Promise<AlertRow[]> {
      requireReader(user);
      if (!isAlertName(name)) throw new ConsoleError(404, `Alerte inconnue : ${name}.`);
      const provider = providers.get(name);
      if (!provider) return [];
      const situation = params.situation || (ALERTS_WITH_SITUATION.has(name) ? (await fileActive('preferences').alertFilter(user)).situation : 'tous');
      return provider.rows(user, name, { ...params, situation });
    },

    /** The alerts with their counts, in the catalogue's order. */
    async list(user: ConsoleUser): Promise<AlertSummary[]> {
      requireReader(user);
      const { situation } = await fileActive('preferences').alertFilter(user);
      const summaries: AlertSummary[] = [];
      for (const name of ALERT_NAMES) {
        const found = await service.rows(user, name, { situation });
        summaries.push({ id: name, title: ALERT_LABELS[name], count: found.length, situation: ALERTS_WITH_SITUATION.has(name) ? situation : null, columns: service.columnsOf(name) });
      }
      return summaries;
    },
  };
  service.register(reportAlerts);
  service.register(assignedNotes);
  return service;
};
