// What a plugin hands the « Rapports » screen's registry (file-active service `report-registry`):
// the reports it serves under /api/console/reports/<name>, how it describes them to a user, their
// rows and their Excel export. Types only, shared by the plugins that provide reports.
import type { AlertName, ReportColumnDescription, ReportDescription } from '@rsa/vocabulary';
import type { ConsoleUser } from './console-user';
import type { ListQuery } from './simple-rest';

/** One request of a report: who asks, which report, its parameters (plain strings). */
export type ReportContext = { user: ConsoleUser; name: string; params: Record<string, string> };

/**
 * Every row of the report, in its own order (the registry sorts and pages them). A row's
 * `beneficiary` names its file: the files of the page shown are audited as read; a report whose
 * rows name no file is audited once, without one. `columnKeys`: the report's columns, the only
 * fields it may be sorted on.
 */
export type ReportRows = { rows: Array<Record<string, unknown>>; columnKeys: readonly string[] };

/**
 * What a paged report is asked for: `sort` on one of its columns (else its own order), `range`
 * the rows start..end (both included), or null for every row.
 */
export type ReportPageQuery = { sort: ListQuery['sort']; range: ListQuery['range'] | null };

/** One page of a report, in the order asked, and the number of rows of the whole report. */
export type ReportPageRows = { rows: Array<Record<string, unknown>>; total: number };

/** The Excel workbook of a report, already audited as an export by its provider. */
export type ReportFile = { filename: string; buffer: Buffer };

export type ReportProvider = {
  /** The names served, each under /api/console/reports/<name> and <name>/export. */
  names: readonly string[];
  /** The reports this user may run, as the console builds its screen from them. */
  catalogue(user: ConsoleUser): ReportDescription[];
  /** Checks the user's right and the parameters (ConsoleError 403 / 422) before computing. */
  list(ctx: ReportContext): Promise<ReportRows>;
  /**
   * Optional: the report's columns, the only fields it may be sorted on, known without computing
   * it. A provider giving it and `page` is asked for the page only (sorted and paged by itself,
   * e.g. in SQL); without them the registry pages `list`'s rows in memory.
   */
  columnKeys?(name: string): readonly string[];
  /** Optional, with `columnKeys`: the page asked for, same checks and rows as `list`. */
  page?(ctx: ReportContext, query: ReportPageQuery): Promise<ReportPageRows>;
  export(ctx: ReportContext): Promise<ReportFile>;
};

/** file-active's service `report-registry`, as a providing plugin sees it at its bootstrap. */
export type ReportRegistry = { register(provider: ReportProvider): void };

/** One row of an alert: `beneficiary` is the file it opens. */
export type AlertRow = Record<string, unknown> & { id: number | string; beneficiary: number };

/**
 * What a plugin hands the « Alertes » screen (file-active service `alerts`): the alerts it computes
 * (names of the vocabulary's ALERT_NAMES), their columns and their rows on the user's perimeter.
 * `params.situation` is always given (the one asked, else the user's remembered one); `days` when asked.
 */
export type AlertProvider = {
  names: readonly AlertName[];
  columns(name: AlertName): ReportColumnDescription[];
  rows(user: ConsoleUser, name: AlertName, params: Record<string, string>): Promise<AlertRow[]>;
};

/** file-active's service `alerts`, as a providing plugin sees it at its bootstrap. */
export type AlertRegistry = { register(provider: AlertProvider): void };
