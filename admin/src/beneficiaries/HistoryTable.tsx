// A small accessible table for the Résumé's histories (droit events, référents, veilles).
import type { ReactNode } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';

// Narrow cards scroll the table sideways rather than cut its last column; the scrolling box
// takes the keyboard focus so it can be scrolled without a mouse (axe scrollable-region-focusable).
export const HistoryTable = ({ caption, columns, rows }: { caption: string; columns: string[]; rows: ReactNode[][] }) => (
  <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={caption}>
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c} scope="col" sx={{ fontWeight: 700 }}>
              {c}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((cells, i) => (
          <TableRow key={i}>
            {cells.map((cell, j) => (
              <TableCell key={j}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </Box>
);
