// The guide's pastilles: red = to enter, green = entered, grey = not possible yet (exit before
// the real end). Colour plus words, so that it reads without colour too.
import Chip from '@mui/material/Chip';
import { useT } from '../i18n/use-t';
import type { QuestionnaireStatus } from './fse.type';

const COLOR = { missing: 'error', complete: 'success', unavailable: 'default' } as const;

export const StatusBadge = ({ status, label }: { status: QuestionnaireStatus; label?: string }) => {
  const t = useT();
  const text = t(`rsa.fse.status.${status}`);
  return <Chip size="small" color={COLOR[status]} label={text} aria-label={label ? `${label} : ${text}` : text} data-status={status} />;
};
