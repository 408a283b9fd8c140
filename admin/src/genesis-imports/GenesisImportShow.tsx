// One import: its counts, then the warnings and the rejected rows with line, column and reason,
// which the secretariat corrects in Genesis before the next night.
import { Alert, Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Show, useShowContext } from 'react-admin';
import { formatDate, formatDateTime } from '@rsa/vocabulary';
import type { GenesisImport } from './genesis-import.type';
import { IMPORT_TRIGGER_LABELS, durationText } from './import-labels';
import { ImportStatusChip } from './ImportStatusChip';
import { ImportProgress } from './ImportProgress';
import { usePollWhileRunning } from './use-poll-while-running';

const COUNTS: Array<[keyof GenesisImport, string]> = [
  ['rows', 'Lignes'],
  ['created', 'Créés'],
  ['updated', 'Mis à jour'],
  ['unchanged', 'Inchangés'],
  ['reoriented', 'Réorientés'],
  ['reinstated', 'Réintégrés'],
  ['rejected', 'Rejetés'],
];

const ImportDetail = () => {
  const { record, refetch } = useShowContext<GenesisImport>();
  usePollWhileRunning(record?.status === 'running', refetch);
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, p: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="h1" variant="h5">
          {record.fileName}
        </Typography>
        {record.status === 'running' ? <ImportProgress rows={record.progress} /> : <ImportStatusChip status={record.status} />}
      </Box>
      <Typography color="text.secondary">
        Extraction du {formatDate(record.extractionDate) || '—'} · lancé le {formatDateTime(record.startedAt)}
        {record.trigger ? ` (${IMPORT_TRIGGER_LABELS[record.trigger] ?? record.trigger})` : ''}
        {record.durationMs !== null ? ` · durée ${durationText(record.durationMs)}` : ''}
      </Typography>
      {record.message && <Alert severity={record.status === 'done' ? 'info' : 'warning'}>{record.message}</Alert>}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: 1, m: 0 }}>
        {COUNTS.map(([key, label]) => (
          <Card key={key} variant="outlined">
            <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
              <Typography component="dt" variant="caption" color="text.secondary">
                {label}
              </Typography>
              <Typography component="dd" variant="h6" sx={{ m: 0 }}>
                {Number(record[key] ?? 0).toLocaleString('fr-FR')}
              </Typography>
            </CardContent>
          </Card>
        ))}
      </Box>
      <section aria-labelledby="warnings-title">
        <Typography id="warnings-title" component="h2" variant="h6">
          Avertissements ({record.warnings?.length ?? 0})
        </Typography>
        {record.warnings?.length ? (
          <ul>
            {record.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        ) : (
          <Typography>Aucun avertissement.</Typography>
        )}
      </section>
      <section aria-labelledby="errors-title">
        <Typography id="errors-title" component="h2" variant="h6">
          Lignes rejetées et erreurs ({record.errors?.length ?? 0})
        </Typography>
        {record.errors?.length ? (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell scope="col">Ligne</TableCell>
                <TableCell scope="col">Colonne</TableCell>
                <TableCell scope="col">Motif</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {record.errors.map((e, i) => (
                <TableRow key={i}>
                  <TableCell>{e.line ?? '—'}</TableCell>
                  <TableCell>{e.column ?? '—'}</TableCell>
                  <TableCell>{e.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography>Aucune ligne rejetée.</Typography>
        )}
      </section>
    </Box>
  );
};

export const GenesisImportShow = () => (
  <Show title="Import Genesis">
    <ImportDetail />
  </Show>
);
