// Console API of the fse plugin: operations, conventions and their questionnaires, the
// questions, completeness, conflicts, the participants' Excel export. Thin: parse, call the
// service, answer.
import type { Core } from '@strapi/strapi';
import {
  ConsoleError,
  consoleAction,
  parseId,
  parseListQuery,
  readBody,
  requireConsoleUser,
  sendRows,
  writeReportWorkbook,
  type HttpContext,
  type ReportColumn,
} from '@rsa/console-kit';
import { todayInParis } from '@rsa/vocabulary';
import type { Answers, Question } from '../../../domain';
import { getService } from '../services/get-service';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExportRow = Awaited<ReturnType<ReturnType<typeof getService<'conventions'>>['exportRows']>>['rows'][number];

const label = (q: Question, answers: Answers | null): string | null => {
  const value = answers?.[q.code];
  if (value === undefined) return null;
  const codes = Array.isArray(value) ? value : [value];
  return codes.map((c) => q.choices.find((choice) => choice.code === c)?.label ?? c).join(' ; ');
};

/** The export's columns: the participant, the étape, then one column per question (entry, exit). */
export const exportColumns = (questions: readonly Question[]): ReportColumn<ExportRow>[] => [
  { header: 'Opération', value: (r) => r.operationCode, width: 16 },
  { header: 'Intitulé de l’opération', value: (r) => r.operationName, width: 34 },
  { header: 'Offre', value: (r) => r.offerTitle, width: 34 },
  { header: 'Opérateur', value: (r) => r.operatorName, width: 24 },
  { header: 'N° dossier', value: (r) => r.fileNumber, width: 11 },
  { header: 'Nom', value: (r) => r.beneficiaryName, width: 26 },
  { header: 'Sexe', value: (r) => r.sex, width: 6 },
  { header: 'Date de naissance', value: (r) => r.birthDate, type: 'date' },
  { header: 'Tranche d’âge à l’entrée', value: (r) => r.ageGroup, width: 18 },
  { header: 'Entrée (début réel)', value: (r) => r.realStart, type: 'date' },
  { header: 'Sortie (fin réelle)', value: (r) => r.realEnd, type: 'date' },
  { header: 'Questionnaire d’entrée', value: (r) => r.entryStatusLabel, width: 14 },
  { header: 'Questionnaire de sortie', value: (r) => r.exitStatusLabel, width: 14 },
  ...questions.filter((q) => q.questionnaire === 'entry').map((q): ReportColumn<ExportRow> => ({ header: q.label, value: (r) => label(q, r.entryAnswers), width: 24 })),
  ...questions.filter((q) => q.questionnaire === 'exit').map((q): ReportColumn<ExportRow> => ({ header: q.label, value: (r) => label(q, r.exitAnswers), width: 24 })),
];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const conventions = () => getService(strapi, 'conventions');
  const operations = () => getService(strapi, 'operations');

  return {
    operations: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'code', 'name', 'start', 'end', 'operatorName']);
      sendRows(ctx, 'fse-operations', query, await operations().list());
    }),
    operation: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const found = await operations().find(parseId(ctx.params.id));
      if (!found) throw new ConsoleError(404, 'Opération introuvable.');
      ctx.body = found;
    }),
    createOperation: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await operations().create(requireConsoleUser(ctx), readBody(ctx));
      ctx.status = 201;
    }),
    updateOperation: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await operations().update(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
    }),
    conventions: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'beneficiaryName', 'fileNumber', 'offerTitle', 'operationCode', 'operatorName', 'realStart', 'realEnd', 'entryStatus', 'exitStatus']);
      sendRows(ctx, 'fse-conventions', query, await conventions().list(user, query.filter));
    }),
    convention: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await conventions().findOne(requireConsoleUser(ctx), parseId(ctx.params.id));
    }),
    saveQuestionnaire: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await conventions().save(requireConsoleUser(ctx), parseId(ctx.params.id), ctx.params.kind, readBody(ctx));
    }),
    questions: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['position']);
      const all = await getService(strapi, 'questions').all();
      sendRows(ctx, 'fse-questions', query, all.filter((q) => q.active).map((q) => ({ id: q.code, ...q })));
    }),
    completeness: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'label', 'conventions', 'rate', 'entryMissing', 'exitMissing']);
      const by = query.filter.by === 'operator' ? 'operator' : 'operation';
      sendRows(ctx, 'fse-completeness', query, await conventions().completeness(user, by));
    }),
    conflicts: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id', 'beneficiaryName', 'kindLabel']);
      sendRows(ctx, 'fse-conflicts', query, await conventions().conflicts(user));
    }),
    /** Streamed workbook (exceljs' streaming writer): memory stays flat whatever the number of participants. */
    exportParticipants: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, ['id']);
      const { questions, rows } = await conventions().exportRows(user, query.filter);
      const { PassThrough } = await import('stream');
      const stream = new PassThrough();
      ctx.set('Content-Type', XLSX_MIME);
      ctx.set('Content-Disposition', `attachment; filename="participants-fse-${todayInParis()}.xlsx"`);
      ctx.body = stream;
      void writeReportWorkbook(stream, 'Participants FSE', exportColumns(questions), rows)
        .then(() => stream.end())
        .catch((error: unknown) => stream.destroy(error as Error));
    }),
  };
};
