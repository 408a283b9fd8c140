// One report as a react-admin list over the `reports/<name>` resource: the server pages and sorts
// (range, sort, Content-Range total), the parameters are the list's filters, a row opens the
// beneficiary's file, and the export runs the same parameters to Excel under the server's French
// file name.
import { Box, Button, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Datagrid, FunctionField, List, TopToolbar, useListContext, useNotify, type RaRecord } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { formatDate, type ReportColumnDescription, type ReportDescription } from '@rsa/vocabulary';
import { useConsoleDataProvider } from '../data/data-provider';
import { useT } from '../i18n/use-t';
import { reportFilterDefaults, reportFilters } from './ReportFilters';
import { reportExportQuery } from './report-query';

export type ReportRow = RaRecord & { beneficiary?: number } & Record<string, unknown>;

const cell = (column: Pick<ReportColumnDescription, 'type'>, value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (column.type === 'date') return formatDate(String(value));
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (Array.isArray(value)) return value.join(', ');
  // French decimal comma (a rate of 33,3 %); integers unchanged.
  if (typeof value === 'number' && !Number.isInteger(value)) return String(value).replace('.', ',');
  return String(value);
};

/** The file a row is about; a row without one opens nothing. */
export const reportRowPath = (_id: unknown, _resource: unknown, record: ReportRow): string | false =>
  typeof record.beneficiary === 'number' ? `/beneficiaries/${record.beneficiary}/show` : false;

type GridColumn = Pick<ReportColumnDescription, 'key' | 'header' | 'type'>;

/** The rows of a report or an alert: one column per server-described column; a row opens its file. */
// A wide report (13 columns) scrolls inside its own frame, never the whole page; the frame takes
// the keyboard focus so that the arrows scroll it (axe: scrollable-region-focusable). Width 0 with
// a minimum of 100 %: the frame fills its card without lending the table's width to the page's
// flex layout (which would otherwise grow to it).
const FRAME_SX = { overflowX: 'auto', width: 0, minWidth: '100%', '&:focus-visible': { outline: '2px solid', outlineOffset: -2 } } as const;

export const ReportGrid = ({ columns, label, emptyText }: { columns: readonly GridColumn[]; label: string; emptyText: string }) => (
  <Box role="region" aria-label={label} tabIndex={0} sx={FRAME_SX}>
    <Datagrid rowClick={reportRowPath} bulkActionButtons={false} aria-label={label} empty={<Typography sx={{ p: 2 }}>{emptyText}</Typography>}>
      {columns.map((column) => (
        <FunctionField<ReportRow>
          key={column.key}
          source={column.key}
          label={column.header}
          textAlign={column.type === 'number' ? 'right' : 'left'}
          render={(row) => cell(column, row[column.key])}
        />
      ))}
    </Datagrid>
  </Box>
);

const ReportTotal = () => {
  const t = useT();
  const { total, isPending } = useListContext();
  if (isPending || total === undefined) return null;
  return (
    <Typography variant="body2" data-testid="report-count" role="status" sx={{ px: 2, pt: 1 }}>
      {t('rsa.reports.count', { smart_count: total })}
    </Typography>
  );
};

const ExportButton = ({ report }: { report: ReportDescription }) => {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useConsoleDataProvider();
  const { filterValues } = useListContext();
  const save = useMutation({
    mutationFn: () => dataProvider.exportReport(report.id, reportExportQuery(filterValues), `${report.fileName}.xlsx`),
    onSuccess: (name: string) => notify('rsa.reports.exported', { type: 'info', messageArgs: { name } }),
    onError: (e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }),
  });
  return (
    <Button variant="outlined" size="small" startIcon={<DownloadIcon />} disabled={save.isPending} onClick={() => save.mutate()}>
      {t('rsa.reports.export')}
    </Button>
  );
};

export const ReportList = ({ report }: { report: ReportDescription }) => {
  const t = useT();
  return (
    <List
      resource={`reports/${report.id}`}
      title={`${t('rsa.menu.reports')} – ${report.title}`}
      filters={reportFilters(report)}
      filterDefaultValues={reportFilterDefaults(report)}
      // No column named: the report's own order until the user sorts a column.
      sort={{ field: '', order: 'ASC' }}
      perPage={25}
      disableSyncWithLocation
      storeKey={`reports.${report.id}`}
      exporter={false}
      actions={
        <TopToolbar>
          <ExportButton report={report} />
        </TopToolbar>
      }
      empty={false}
    >
      <ReportTotal />
      <ReportGrid columns={report.columns} label={report.title} emptyText={t('rsa.reports.empty')} />
    </List>
  );
};
