import { Chip } from '@mui/material';
import type { ImportStatus } from './genesis-import.type';
import { IMPORT_STATUS_LABELS } from './import-labels';

const COLORS: Record<ImportStatus, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  running: 'info',
  done: 'success',
  dry_run: 'default',
  refused: 'warning',
  failed: 'error',
};

export const ImportStatusChip = ({ status }: { status: ImportStatus }) => (
  <Chip
    size="small"
    label={IMPORT_STATUS_LABELS[status] ?? status}
    color={COLORS[status] ?? 'default'}
    variant={status === 'dry_run' ? 'outlined' : 'filled'}
  />
);
