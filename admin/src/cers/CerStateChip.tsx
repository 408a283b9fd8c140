import { Chip } from '@mui/material';
import { CER_STATE_SHORT_LABELS, type CerState } from '@rsa/vocabulary';

export const CerStateChip = ({ state }: { state: CerState }) => (
  <Chip
    size="small"
    variant="outlined"
    label={CER_STATE_SHORT_LABELS[state] ?? state}
    color={state === 'valide' ? 'success' : state === 'non_valide' ? 'error' : 'primary'}
  />
);
