// The text alternative of a chart: its values as a table with a caption, read by screen readers
// and by anyone who wants the exact figures.
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';

export const ChartTable = ({ id, caption, headers, rows }: { id: string; caption: string; headers: string[]; rows: Array<Array<string | number>> }) => (
  // The table scrolls when long: focusable and named, so that a keyboard user can scroll it
  // (axe: scrollable-region-focusable).
  <TableContainer sx={{ maxHeight: 360 }} tabIndex={0} role="region" aria-label={caption}>
    <Table size="small" id={id} stickyHeader>
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: '4px 0' }}>{caption}</caption>
      <TableHead>
        <TableRow>
          {headers.map((h, i) => (
            <TableCell key={h} component="th" scope="col" align={i === 0 ? 'left' : 'right'}>
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={String(row[0])}>
            {row.map((value, i) =>
              i === 0 ? (
                <TableCell key={i} component="th" scope="row">
                  {value}
                </TableCell>
              ) : (
                <TableCell key={i} align="right">
                  {value}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </TableContainer>
);
