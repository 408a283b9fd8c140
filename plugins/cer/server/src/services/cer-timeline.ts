// CER items of the file's timeline (FEATURES F5): creation and every state change, from the
// history. Registered with the file-active plugin's timeline when that service exists.
import type { Core } from '@strapi/strapi';
import { CER_STATE_LABELS, type CerState } from '../../../domain';
import { preparedRaw, rowsOf, toInstant, toNumber, type Knex } from './sql';

export type CerTimelineItem = {
  source: 'cer';
  kind: 'cer_created' | 'cer_state';
  id: string;
  at: string;
  on: string;
  title: string;
  detail: string | null;
  by: string;
  record: { resource: 'cers'; id: number };
};

type TimelineService = { registerSource?: (name: string, source: (beneficiaryId: number) => Promise<CerTimelineItem[]>) => void };

export const cerTimelineItems = async (knex: Knex, beneficiaryId: number): Promise<CerTimelineItem[]> => {
  const rows = rowsOf(
    await preparedRaw(
      knex,
      `SELECT h.id, h.cer_id, h.from_state, h.to_state, h.by_login, u.name AS by_name, h.at, h.comment, c.number
         FROM cer_history_entries h JOIN cers c ON c.id = h.cer_id LEFT JOIN console_users u ON u.login = h.by_login
        WHERE c.beneficiary_id = ? ORDER BY h.id`,
      [beneficiaryId],
    ),
  );
  return rows.map((r) => {
    const at = toInstant(r.at) ?? '';
    const created = r.from_state === null || r.from_state === undefined;
    return {
      source: 'cer',
      kind: created ? 'cer_created' : 'cer_state',
      id: `cer-history-${toNumber(r.id)}`,
      at,
      on: at.slice(0, 10),
      title: created
        ? `CER n° ${toNumber(r.number)} créé`
        : `CER n° ${toNumber(r.number)} : ${CER_STATE_LABELS[String(r.to_state) as CerState] ?? String(r.to_state)}`,
      // Who, by name (« Prénom NOM »), then the comment kept in the history.
      detail: [`par ${String(r.by_name ?? r.by_login)}`, (r.comment as string) ?? ''].filter((part) => part !== '').join(' — '),
      by: String(r.by_name ?? r.by_login),
      record: { resource: 'cers', id: toNumber(r.cer_id) },
    };
  });
};

/** Registers the CER source if the file-active plugin offers a timeline; skips silently otherwise. */
export const registerCerTimeline = (strapi: Core.Strapi): boolean => {
  let timeline: TimelineService | undefined;
  try {
    timeline = strapi.plugin('file-active')?.service('timeline') as TimelineService | undefined;
  } catch {
    return false;
  }
  if (!timeline || typeof timeline.registerSource !== 'function') return false;
  timeline.registerSource('cer', (beneficiaryId) => cerTimelineItems(strapi.db.connection as unknown as Knex, beneficiaryId));
  return true;
};
