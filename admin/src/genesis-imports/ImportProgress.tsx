// A running import has no known total until the file is read, so the bar is indeterminate and
// the text says how many rows are done; the list and show pages re-read every 2 s meanwhile.
import { Box, LinearProgress, Typography } from '@mui/material';

export const ImportProgress = ({ rows }: { rows: number | null }) => (
  <Box sx={{ minWidth: 160 }}>
    <LinearProgress aria-label="Import en cours" />
    <Typography variant="caption" role="status">
      {(rows ?? 0).toLocaleString('fr-FR')} lignes traitées
    </Typography>
  </Box>
);
