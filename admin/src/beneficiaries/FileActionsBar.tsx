// The actions of the Résumé's header, each shown only when allowed (file-actions.ts): the old
// tool's right-hand menu, without entries that would be refused.
import { Box } from '@mui/material';
import { todayInParis } from '@rsa/vocabulary';
import { CaseloadExitButton } from '../assignments/CaseloadExitButton';
import { CancelExitButton } from '../assignments/CancelExitButton';
import { StepReferentButton } from '../assignments/StepReferentButton';
import { cancellableExit, currentParcours } from '../assignments/assignment-rules';
import type { Beneficiary } from './beneficiary.type';
import { isActionAllowed } from './file-actions';
import { useViewer } from './use-viewer';
import { MidemRequestButton } from './MidemRequestButton';
import { OpenCvButton } from '../documents/FileDocuments';

export const FileActionsBar = ({ file }: { file: Beneficiary }) => {
  const viewer = useViewer();
  const today = todayInParis();
  const current = currentParcours(file.assignments, today);
  // A parcours already carrying an end date is "sortie prévue": cancel it rather than re-enter it.
  const toExit = current !== null && current.end === null ? current : null;
  const toCancel = cancellableExit(file.assignments);
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {toExit && isActionAllowed('caseloadExit.enter', file, viewer, toExit) && (
        <CaseloadExitButton assignment={toExit} viewerLogin={viewer.login} />
      )}
      {toCancel && isActionAllowed('caseloadExit.cancel', file, viewer, toCancel) && <CancelExitButton assignment={toCancel} />}
      {isActionAllowed('stepReferent.add', file, viewer) && <StepReferentButton beneficiaryId={file.id} />}
      {isActionAllowed('midem.request', file, viewer) && <MidemRequestButton beneficiaryId={file.id} />}
      <OpenCvButton beneficiaryId={file.id} />
    </Box>
  );
};
