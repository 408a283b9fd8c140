// Console API of the offers (CONTRACT.md `offers` and `enrolments`), events, alerts and the
// offers report. Thin: parse, call the service, answer.
import type { Core } from '@strapi/strapi';
import {
  ConsoleError,
  consoleAction,
  parseId,
  parseListQuery,
  readBody,
  reportWorkbook,
  requireConsoleUser,
  sendRows,
  type HttpContext,
  type ReportColumn,
} from '@rsa/console-kit';
import { getService } from '../services/get-service';
import type { OfferReportRow } from '../services/follow-up';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const REPORT_COLUMNS: ReportColumn<OfferReportRow>[] = [
  { key: 'title', header: 'Offre', value: (r) => r.title, width: 40 },
  { key: 'operatorName', header: 'Opérateur', value: (r) => r.operatorName, width: 30 },
  { key: 'start', header: 'Début', value: (r) => r.start, type: 'date' },
  { key: 'end', header: 'Fin', value: (r) => r.end, type: 'date' },
  { key: 'positionnements', header: 'Positionnements', value: (r) => r.positionnements, type: 'number' },
  { key: 'waiting', header: 'En attente de réponse', value: (r) => r.waiting, type: 'number' },
  { key: 'accepted', header: 'Acceptés (étapes)', value: (r) => r.accepted, type: 'number' },
  { key: 'refused', header: 'Refusés', value: (r) => r.refused, type: 'number' },
  { key: 'ended', header: 'Étapes terminées', value: (r) => r.ended, type: 'number' },
  { key: 'capacity', header: 'Places', value: (r) => r.capacity, type: 'number' },
  { key: 'fillRate', header: 'Taux de remplissage (%)', value: (r) => (r.fillRate === null ? null : Math.round(r.fillRate * 1000) / 10), type: 'number' },
  { key: 'outcomes', header: 'Motifs de fin', value: (r) => r.outcomes, width: 50 },
];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const catalogue = () => getService(strapi, 'catalogue');
  const enrolments = () => getService(strapi, 'enrolments');
  const events = () => getService(strapi, 'events');
  const followUp = () => getService(strapi, 'follow-up');

  return {
    offers: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'title', 'start', 'end', 'operatorName', 'placesLeft', 'fillRate']);
      sendRows(ctx, 'offers', query, await catalogue().list(user, query.filter));
    }),
    offer: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      ctx.body = await catalogue().require(parseId(ctx.params.id));
    }),
    enrolments: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'beneficiaryName', 'offerTitle', 'state', 'plannedStart', 'plannedEnd', 'realStart', 'realEnd', 'createdOn']);
      sendRows(ctx, 'enrolments', query, await enrolments().list(user, query.filter));
    }),
    enrolment: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await enrolments().findOne(requireConsoleUser(ctx), parseId(ctx.params.id));
    }),
    createEnrolment: consoleAction(async (ctx: HttpContext) => {
      const body = readBody(ctx);
      // A saved selection: person by person, each one's result (200); otherwise all or nothing (201).
      if (body.selection !== undefined && body.selection !== null && body.selection !== '') {
        ctx.body = await enrolments().createForSelection(requireConsoleUser(ctx), body);
        return;
      }
      ctx.body = await enrolments().create(requireConsoleUser(ctx), body);
      ctx.status = 201;
    }),
    updateEnrolment: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await enrolments().update(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
    }),
    colleagues: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'name']);
      sendRows(ctx, 'operator-colleagues', query, await enrolments().colleagues(user));
    }),
    transition: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await enrolments().transition(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
    }),
    events: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'title', 'date', 'typeLabel', 'placesLeft']);
      sendRows(ctx, 'events', query, await events().list(query.filter));
    }),
    event: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const found = await events().find(parseId(ctx.params.id));
      if (!found) throw new ConsoleError(404, 'Événement introuvable.');
      ctx.body = found;
    }),
    registrations: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'beneficiaryName', 'eventDate']);
      if (query.filter.event === undefined && query.filter.beneficiary === undefined) throw new ConsoleError(400, 'Filtrez les inscriptions par événement ou par dossier.');
      sendRows(ctx, 'event-registrations', query, await events().registrations(user, query.filter));
    }),
    register: consoleAction(async (ctx: HttpContext) => {
      const body = readBody(ctx);
      if (body.selection !== undefined && body.selection !== null && body.selection !== '') {
        ctx.body = await events().registerSelection(requireConsoleUser(ctx), body);
        return;
      }
      ctx.body = await events().register(requireConsoleUser(ctx), body);
      ctx.status = 201;
    }),
    presence: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await events().confirmPresence(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
    }),
    etapesEnding: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'plannedEnd', 'beneficiaryName', 'offerTitle']);
      sendRows(ctx, 'alerts/etapes-ending', query, await followUp().etapesEnding(user, query.filter.days ?? ctx.query.days));
    }),
    unanswered: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'createdOn', 'beneficiaryName', 'offerTitle']);
      sendRows(ctx, 'alerts/positionnements-unanswered', query, await followUp().unanswered(user, query.filter.days ?? ctx.query.days));
    }),
    offerReport: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, REPORT_COLUMNS.map((c) => c.key as string).concat('id'));
      sendRows(ctx, 'offer-reports', query, await followUp().offerReport(user));
    }),
    offerReportExport: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const rows = await followUp().offerReport(user);
      const bytes = await reportWorkbook('Offres de service', REPORT_COLUMNS, rows);
      ctx.attachment('rapport-offres-de-service.xlsx');
      ctx.type = XLSX_MIME;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = bytes;
    }),
  };
};
