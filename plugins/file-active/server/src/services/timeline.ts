// The file's timeline ("frise", F5): référent changes, veilles, droit events, file events and
// notes, newest first, filterable by kind. Other plugins add their own items (CER, appointments,
// étapes) with registerSource(kind, fn) from their bootstrap.
import type { Core } from '@strapi/strapi';
import { todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { characteristicValueLabel, type CharacteristicCatalogue } from '../../../domain/characteristic-catalogue';
import { formatFrenchDate } from '@rsa/vocabulary';
import { noteVisibleSql } from './notes';
import { preparedRaw, rowsOf, toIsoDate, toIsoDateTime, type Knex } from './sql';

export type TimelineItem = {
  id: string;
  kind: string;
  date: string | null;
  title: string;
  detail: string | null;
  // What the console opens when the item is clicked.
  link?: { resource: string; id: number | string } | null;
};

export type TimelineSourceContext = { user: ConsoleUser; today: string };
/**
 * A source answers the items of one file. Items may use `date` or `on` for their day and `link`
 * or `record` for what they open; their own `kind` is kept as `type`, the registered kind is the
 * one the timeline filters on.
 */
export type TimelineSource = (beneficiaryId: number, context: TimelineSourceContext) => Promise<SourceItem[]>;
type SourceItem = Partial<TimelineItem> & { id: string; title: string; on?: string | null; record?: TimelineItem['link'] };

const normalise = (kind: string, item: SourceItem): TimelineItem & { type?: string } => ({
  id: item.id,
  kind,
  ...(item.kind && item.kind !== kind ? { type: item.kind } : {}),
  date: item.date ?? item.on ?? null,
  title: item.title,
  detail: item.detail ?? null,
  link: item.link ?? item.record ?? null,
});

type Row = Record<string, unknown>;

const EVENT_TITLES: Record<string, string> = {
  caseload_exit: 'Sortie de file active saisie',
  caseload_exit_cancelled: 'Sortie de file active annulée',
  step_referent_added: 'Référent d’étape ajouté',
  sortie_reverted: 'Sortie annulée par le déversement Genesis',
  contact_changed: 'Coordonnées modifiées',
  reorientation: 'Réorientation',
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const sources = new Map<string, TimelineSource>();

  const referentSource: TimelineSource = async (beneficiaryId) => {
    const rows = rowsOf<Row>(
      await preparedRaw(
        knex(),
        `SELECT a.id, a.login, a.role, a.start_date, a.end_date, u.name FROM assignments a LEFT JOIN console_users u ON u.login = a.login WHERE a.beneficiary_id = ?`,
        [beneficiaryId],
      ),
    );
    return rows.flatMap((a) => {
      const who = String(a.name ?? a.login);
      const role = a.role === 'etape' ? 'Référent d’étape' : 'Référent de parcours';
      const start = toIsoDate(a.start_date);
      const end = toIsoDate(a.end_date);
      const link = { resource: 'assignments', id: Number(a.id) };
      const items: TimelineItem[] = [{ id: `referent-${a.id}-start`, kind: 'referent', date: start, title: `${role} : ${who}`, detail: end ? `jusqu’au ${formatFrenchDate(end)}` : null, link }];
      if (end) items.push({ id: `referent-${a.id}-end`, kind: 'referent', date: end, title: `Fin d’affectation : ${who}`, detail: role, link });
      return items;
    });
  };

  const standbySource: TimelineSource = async (beneficiaryId) => {
    const rows = rowsOf<Row>(await preparedRaw(knex(), 'SELECT id, start_date, end_date, ended_on, motif FROM standbys WHERE beneficiary_id = ?', [beneficiaryId]));
    return rows.flatMap((s) => {
      const link = { resource: 'standbys', id: Number(s.id) };
      const end = toIsoDate(s.end_date);
      const items: TimelineItem[] = [
        { id: `standby-${s.id}-start`, kind: 'standby', date: toIsoDate(s.start_date), title: 'Mise en veille', detail: `${s.motif ?? ''}${end ? ` (fin prévue le ${formatFrenchDate(end)})` : ''}`, link },
      ];
      if (s.ended_on) items.push({ id: `standby-${s.id}-end`, kind: 'standby', date: end, title: 'Fin de veille', detail: (s.motif as string) ?? null, link });
      return items;
    });
  };

  const rightsSource: TimelineSource = async (beneficiaryId) => {
    const rows = rowsOf<Row>(await preparedRaw(knex(), 'SELECT id, occurred_on, name, old_value, new_value FROM rights_events WHERE beneficiary_id = ?', [beneficiaryId]));
    const catalogue: CharacteristicCatalogue = await strapi.plugin('file-active').service('characteristic-catalogue').load();
    return rows.map((e) => {
      const family = e.name === 'Situation familiale' ? 'Situation familiale' : 'Situation RSA';
      const label = (v: unknown) => (v === null || v === undefined ? '—' : characteristicValueLabel(catalogue, family, String(e.name), String(v)));
      return { id: `rights-${e.id}`, kind: 'rights', date: toIsoDate(e.occurred_on), title: `Événement du droit : ${e.name}`, detail: `${label(e.old_value)} → ${label(e.new_value)}`, link: null };
    });
  };

  const eventSource: TimelineSource = async (beneficiaryId) => {
    const rows = rowsOf<Row>(await preparedRaw(knex(), 'SELECT e.id, e.kind, e.occurred_on, e.by_login, u.name AS by_name FROM file_events e LEFT JOIN console_users u ON u.login = e.by_login WHERE e.beneficiary_id = ?', [beneficiaryId]));
    return rows.map((e) => ({
      id: `event-${e.id}`,
      kind: 'event',
      date: toIsoDate(e.occurred_on),
      title: EVENT_TITLES[String(e.kind)] ?? String(e.kind),
      detail: e.by_login ? `par ${String(e.by_name ?? e.by_login)}` : null,
      link: null,
    }));
  };

  const noteSource: TimelineSource = async (beneficiaryId, { user }) => {
    const visible = noteVisibleSql(user);
    const rows = rowsOf<Row>(await preparedRaw(knex(), `SELECT n.id, n.text, n.visibility, n.author_login, u.name AS author_name, n.created_at FROM notes n LEFT JOIN console_users u ON u.login = n.author_login
          WHERE n.beneficiary_id = ? AND ${visible.sql}`, [beneficiaryId, ...visible.bindings]));
    return rows.map((n) => ({
      id: `note-${n.id}`,
      kind: 'note',
      date: toIsoDateTime(n.created_at)?.slice(0, 10) ?? null,
      title: `Note de ${String(n.author_name ?? n.author_login)}`,
      detail: String(n.text).slice(0, 140),
      link: { resource: 'notes', id: Number(n.id) },
    }));
  };

  sources.set('referent', referentSource);
  sources.set('standby', standbySource);
  sources.set('rights', rightsSource);
  sources.set('event', eventSource);
  sources.set('note', noteSource);

  return {
    /** Lets another plugin contribute the items of one kind (replaces a source of the same kind). */
    registerSource(kind: string, source: TimelineSource): void {
      sources.set(kind, source);
    },

    kinds(): string[] {
      return [...sources.keys()];
    },

    async items(user: ConsoleUser, beneficiaryId: number, kinds: string[] | null): Promise<TimelineItem[]> {
      await strapi.plugin('file-active').service('file-access').requireVisible(user, beneficiaryId);
      const context = { user, today: todayInParis() };
      const chosen = [...sources.entries()].filter(([kind]) => kinds === null || kinds.includes(kind));
      const items = (await Promise.all(chosen.map(async ([kind, source]) => (await source(beneficiaryId, context)).map((i) => normalise(kind, i))))).flat();
      return items.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id.localeCompare(a.id));
    },
  };
};
