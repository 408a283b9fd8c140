// The rows of a report under the server's French headers; dates as jj/mm/aaaa.
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import type { ReportColumn } from './report-catalogue';

const cell = (column: ReportColumn, value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (column.type === 'date') return formatDate(String(value));
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
};

export const ReportTable = ({ title, columns, rows }: { title: string; columns: ReportColumn[]; rows: Array<Record<string, unknown>> }) => {
  const t = useT();
  if (rows.length === 0) return <Typography>{t('rsa.reports.empty')}</Typography>;
  return (
    <>
      <Typography variant="body2" data-testid="report-count">
        {t('rsa.reports.count', { smart_count: rows.length })}
      </Typography>
      <TableContainer tabIndex={0} role="region" aria-label={title}>
        <Table size="small">
          <caption style={{ captionSide: 'top', textAlign: 'left' }}>{title}</caption>
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableCell key={c.key} scope="col" component="th" sx={{ fontWeight: 700 }}>
                  {c.header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={String(row.id ?? index)}>
                {columns.map((c) => (
                  <TableCell key={c.key} align={c.type === 'number' ? 'right' : 'left'}>
                    {cell(c, row[c.key])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
};
