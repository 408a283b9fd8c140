// Alerts (FEATURES R1: étapes ending within X days; positionnements left without an answer for
// N days) and the report per offer (positionnements, acceptances, refusals, fill rate, outcomes),
// for the caller's perimeter: an opérateur's structure's offers, the files a référent /
// secrétariat / cadre sees; the report's figures (no personal data) for cadres and siège on
// every offer.
import type { Core } from '@strapi/strapi';
import { ConsoleError, hasProfile, todayInParis, type AlertProvider, type ConsoleUser } from '@rsa/console-kit';
import { todayInParis as parisDay } from '@rsa/vocabulary';
import { alertDays, endsWithin, unansweredFor, type PositionnementState } from '../../../domain';
import { getService } from './get-service';
import { rowsOf, toIsoDate, toNumber, type Knex, type Row } from './sql';

const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(typeof value === 'number' || /^\d+$/.test(String(value)) ? Number(value) : String(value).replace(' ', 'T')));

export type OfferReportRow = {
  id: number;
  title: string;
  operator: string | null;
  operatorName: string | null;
  start: string;
  end: string;
  positionnements: number;
  waiting: number;
  accepted: number;
  refused: number;
  ended: number;
  capacity: number | null;
  fillRate: number | null;
  outcomes: string;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const catalogue = () => getService(strapi, 'catalogue');
  const enrolments = () => getService(strapi, 'enrolments');

  /** Positionnement ids of the caller's perimeter, in the given states. */
  const scopedRows = async (user: ConsoleUser, states: PositionnementState[]): Promise<Row[]> => {
    const operatorIds = await catalogue().operatorOfferIds(user);
    const parts: string[] = [];
    const bindings: unknown[] = [];
    if (operatorIds.length > 0) {
      parts.push(`p.offer_id IN (${operatorIds.map(() => '?').join(', ')})`);
      bindings.push(...operatorIds);
    }
    if (user.profiles.some((p) => p !== 'operateur' && p !== 'gestionnaire_fse')) {
      const visible = strapi.plugin('file-active').service('scope').visibleFilesSql(user, todayInParis()) as { sql: string; bindings: unknown[] };
      parts.push(`EXISTS (SELECT 1 FROM beneficiaries b WHERE b.id = p.beneficiary_id AND ${visible.sql})`);
      bindings.push(...visible.bindings);
    }
    if (parts.length === 0) return [];
    return rowsOf<Row>(
      await knex().raw(`SELECT p.id, p.state, p.planned_end, p.real_end, p.created_at FROM positionnements p WHERE p.state IN (${states.map(() => '?').join(', ')}) AND (${parts.join(' OR ')})`, [...states, ...bindings]),
    );
  };

  const listOf = async (user: ConsoleUser, ids: number[]) => {
    const out = [];
    for (const id of ids) out.push(await enrolments().view(user, id));
    await strapi.plugin('file-active').service('audit').recordMany(user, 'read:alert', out.map((p) => p.beneficiary));
    return out;
  };

  return {
    async etapesEnding(user: ConsoleUser, rawDays: unknown) {
      const today = todayInParis();
      const days = alertDays(rawDays, 15);
      const rows = await scopedRows(user, ['etape']);
      const ids = rows
        .filter((r) => endsWithin({ state: 'etape', plannedEnd: toIsoDate(r.planned_end) ?? '', realEnd: toIsoDate(r.real_end), createdOn: '' }, today, days))
        .map((r) => Number(r.id));
      return (await listOf(user, ids)).sort((a, b) => String(a.plannedEnd).localeCompare(String(b.plannedEnd)));
    },

    async unanswered(user: ConsoleUser, rawDays: unknown) {
      const today = todayInParis();
      const days = alertDays(rawDays, 10);
      const rows = await scopedRows(user, ['positionne']);
      const ids = rows
        .filter((r) => unansweredFor({ state: 'positionne', plannedEnd: '', realEnd: null, createdOn: parisDay(asDate(r.created_at)) }, today, days))
        .map((r) => Number(r.id));
      return (await listOf(user, ids)).sort((a, b) => String(a.createdOn).localeCompare(String(b.createdOn)));
    },

    /** The rows of the « Alertes » screen (file-active's alerts registry): one per positionnement, opening its file. */
    async alertRows(user: ConsoleUser, name: 'etapes-ending' | 'positionnements-unanswered', days: unknown) {
      const found = name === 'etapes-ending' ? await this.etapesEnding(user, days) : await this.unanswered(user, days);
      return found.map((p) => ({
        id: p.id,
        beneficiary: p.beneficiary,
        fileNumber: p.fileNumber,
        beneficiaryName: p.beneficiaryName,
        offerTitle: p.offerTitle,
        prescripteur: p.createdByName,
        createdOn: p.createdOn,
        plannedStart: p.plannedStart,
        plannedEnd: p.plannedEnd,
        realStart: p.realStart,
      }));
    },

    /** The two offers alerts as file-active's « Alertes » registry asks them (registered at bootstrap). */
    alertProvider(): AlertProvider {
      return {
        names: ['etapes-ending', 'positionnements-unanswered'],
        columns: (name) => this.alertColumns(name),
        rows: (user, name, params) => this.alertRows(user, name as 'etapes-ending' | 'positionnements-unanswered', params.days),
      };
    },

    alertColumns(name: string) {
      const common = [
        { key: 'fileNumber', header: 'N° dossier' },
        { key: 'beneficiaryName', header: 'Personne' },
        { key: 'offerTitle', header: 'Offre' },
        { key: 'prescripteur', header: 'Prescripteur' },
      ];
      return name === 'etapes-ending'
        ? [...common, { key: 'realStart', header: 'Début', type: 'date' as const }, { key: 'plannedEnd', header: 'Fin prévue', type: 'date' as const }]
        : [...common, { key: 'createdOn', header: 'Positionné le', type: 'date' as const }, { key: 'plannedStart', header: 'Début prévu', type: 'date' as const }];
    },

    /** One row per offer: an opérateur's own offers; every offer for cadres, siège, gestionnaire FSE. */
    async offerReport(user: ConsoleUser): Promise<OfferReportRow[]> {
      const all = hasProfile(user, 'cadre', 'siege', 'gestionnaire_fse');
      if (!all && !hasProfile(user, 'operateur')) throw new ConsoleError(403, 'Le rapport des offres est réservé aux opérateurs, aux cadres et au siège.');
      const offers = all ? await catalogue().all() : await catalogue().list(user, { mine: true });
      const counts = rowsOf<Row>(await knex().raw('SELECT offer_id, state, end_reason, COUNT(*) AS n FROM positionnements GROUP BY offer_id, state, end_reason'));
      return offers.map((o) => {
        const mine = counts.filter((c) => Number(c.offer_id) === o.id);
        const sum = (states: string[]) => mine.filter((c) => states.includes(String(c.state))).reduce((s, c) => s + toNumber(c.n), 0);
        const outcomes = new Map<string, number>();
        for (const c of mine.filter((x) => x.state === 'termine')) outcomes.set(String(c.end_reason ?? 'Sans motif'), (outcomes.get(String(c.end_reason ?? 'Sans motif')) ?? 0) + toNumber(c.n));
        return {
          id: o.id,
          title: o.title,
          operator: o.operator,
          operatorName: o.operatorName,
          start: o.start,
          end: o.end,
          positionnements: sum(['positionne', 'etape', 'refuse', 'termine']),
          waiting: sum(['positionne']),
          accepted: sum(['etape', 'termine']),
          refused: sum(['refuse']),
          ended: sum(['termine']),
          capacity: o.capacity,
          fillRate: o.fillRate,
          outcomes: [...outcomes].map(([reason, n]) => `${reason} : ${n}`).join(' ; '),
        };
      });
    },
  };
};
