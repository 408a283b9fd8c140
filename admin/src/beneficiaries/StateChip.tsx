import { Chip } from '@mui/material';
import type { FileState } from './beneficiary.type';
import { FILE_STATE_LABELS } from '@rsa/vocabulary';

// Dark text on light fills: the filled MUI colours fail the contrast check on small chips.
const STYLES: Record<FileState, { bgcolor: string; color: string }> = {
  entree: { bgcolor: '#e3f2e5', color: '#1b5e20' },
  veille: { bgcolor: '#fff3cd', color: '#6d4c00' },
  sortie: { bgcolor: '#eceff1', color: '#37474f' },
};

export const StateChip = ({ state }: { state: FileState }) => (
  <Chip size="small" label={FILE_STATE_LABELS[state] ?? state} sx={{ ...STYLES[state], fontWeight: 600 }} />
);
