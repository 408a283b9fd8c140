// The file's frise (file-active timeline, FEATURES F5/O5): positionnements, étapes and event
// registrations of the file; and the CER's objective links to them (plugins/cer).
import type { Core } from '@strapi/strapi';
import { formatFrenchDate } from '@rsa/vocabulary';
import { POSITIONNEMENT_STATE_LABELS, type PositionnementState } from '../../../domain';
import { getService } from './get-service';
import { preparedRaw, rowsOf, toBool, toIsoDate, type Knex, type Row } from './sql';

type Item = { id: string; kind?: string; date: string | null; title: string; detail: string | null; link: { resource: string; id: number } | null };
type TimelineService = { registerSource(kind: string, source: (beneficiaryId: number) => Promise<Item[]>): void };
type CerObjectives = { registerLinkTarget(kind: 'step' | 'positioning', exists: (targetId: number, beneficiaryId: number) => Promise<boolean>): void };

export const registerOffersInFile = (strapi: Core.Strapi): void => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const catalogue = () => getService(strapi, 'catalogue');

  const etapes = async (beneficiaryId: number): Promise<Item[]> => {
    const rows = rowsOf<Row>(await preparedRaw(knex(), 'SELECT * FROM positionnements WHERE beneficiary_id = ? ORDER BY id', [beneficiaryId]));
    const items: Item[] = [];
    for (const r of rows) {
      const offer = await catalogue().find(Number(r.offer_id));
      const title = offer?.title ?? 'Offre supprimée';
      const link = { resource: 'enrolments', id: Number(r.id) };
      const state = String(r.state) as PositionnementState;
      const created = r.created_at instanceof Date ? r.created_at.toISOString().slice(0, 10) : toIsoDate(r.planned_start);
      items.push({ id: `positionnement-${r.id}`, kind: 'positionnement', date: created, title: `Positionnement : ${title}`, detail: `${POSITIONNEMENT_STATE_LABELS[state] ?? state} — prévu du ${formatFrenchDate(toIsoDate(r.planned_start))} au ${formatFrenchDate(toIsoDate(r.planned_end))}${offer?.operatorName ? ` (${offer.operatorName})` : ''}`, link });
      if (state === 'etape' || state === 'termine') {
        items.push({ id: `etape-${r.id}-start`, kind: 'etape', date: toIsoDate(r.real_start), title: `Début d’étape : ${title}`, detail: offer?.operatorName ?? null, link });
      }
      if (state === 'termine') {
        items.push({ id: `etape-${r.id}-end`, kind: 'etape', date: toIsoDate(r.real_end), title: `Fin d’étape : ${title}`, detail: String(r.end_reason ?? ''), link });
      }
      if (state === 'refuse') items.push({ id: `positionnement-${r.id}-refused`, kind: 'positionnement', date: r.answered_at ? toIsoDate(r.answered_at instanceof Date ? r.answered_at.toISOString() : new Date(Number(r.answered_at)).toISOString()) : null, title: `Positionnement refusé : ${title}`, detail: String(r.comment ?? ''), link });
    }
    return items;
  };

  const events = async (beneficiaryId: number): Promise<Item[]> => {
    const rows = rowsOf<Row>(await preparedRaw(knex(), 'SELECT r.id, r.event_id, r.present, e.title, e.date FROM event_registrations r JOIN events e ON e.id = r.event_id WHERE r.beneficiary_id = ? ORDER BY r.id', [beneficiaryId]));
    return rows.map((r) => ({
      id: `event-registration-${r.id}`,
      kind: 'evenement',
      date: toIsoDate(r.date),
      title: `Événement : ${String(r.title)}`,
      detail: r.present === null || r.present === undefined ? 'Inscrit' : toBool(r.present) ? 'Présent' : 'Absent',
      link: { resource: 'event-registrations', id: Number(r.id) },
    }));
  };

  const timeline = strapi.plugin('file-active')?.service('timeline') as TimelineService | undefined;
  timeline?.registerSource('etape', etapes);
  timeline?.registerSource('evenement', events);

  const objectives = strapi.plugin('cer')?.service('cer-objectives') as CerObjectives | undefined;
  objectives?.registerLinkTarget('step', (id, beneficiaryId) => getService(strapi, 'enrolments').existsOnFile(id, beneficiaryId, true));
  objectives?.registerLinkTarget('positioning', (id, beneficiaryId) => getService(strapi, 'enrolments').existsOnFile(id, beneficiaryId, false));
};
