// The « Résumé » of a file (F4): identity header with the actions, then the blocks of the old
// tool's summary page in the same order of importance.
import { Box, Typography } from '@mui/material';
import { formatDate } from '@rsa/vocabulary';
import type { Beneficiary } from './beneficiary.type';
import { AccompanimentSection } from './AccompanimentSection';
import { AssignmentsSection } from './AssignmentsSection';
import { CharacteristicsSection } from './CharacteristicsSection';
import { ContactSection } from './ContactSection';
import { HouseholdSection } from './HouseholdSection';
import { RightsEventsSection } from './RightsEventsSection';
import { StandbysSection } from './StandbysSection';
import { EditContactButton } from './EditContactButton';
import { EditCharacteristicButton } from './EditCharacteristicButton';
import { AddStandbyButton } from '../standbys/AddStandbyButton';
import { StandbyRowActions } from '../standbys/StandbyRowActions';
import { isActionAllowed } from './file-actions';
import { useViewer } from './use-viewer';
import { MergeButton } from '../documents/MergeButton';
import { CurrentEtapesSection } from '../offers/CurrentEtapesSection';
import { AppointmentsSummarySection } from '../appointments/AppointmentsSummarySection';

export const BeneficiaryResume = ({ file }: { file: Beneficiary }) => {
  const viewer = useViewer();
  const may = (action: Parameters<typeof isActionAllowed>[0]) => isActionAllowed(action, file, viewer);
  const mayEnd = may('standby.end');
  const mayDelete = may('standby.delete');
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      {/* D1: formulaires merged from the file, downloaded or filed in its Documents. */}
      <Box sx={{ gridColumn: '1 / -1', display: 'flex', justifyContent: 'flex-end' }}>
        <MergeButton mode="forms" path={`/beneficiaries/${file.id}/merges`} canSave={may('documents.write')} />
      </Box>
      <ContactSection file={file} action={may('contact.edit') ? <EditContactButton file={file} /> : undefined} />
      <AccompanimentSection file={file} />
      <CharacteristicsSection
        file={file}
        action={may('characteristics.edit') ? <EditCharacteristicButton beneficiaryId={file.id} /> : undefined}
      />
      <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
        <HouseholdSection file={file} />
        <StandbysSection
          file={file}
          action={may('standby.add') ? <AddStandbyButton beneficiaryId={file.id} /> : undefined}
          rowActions={mayEnd || mayDelete ? (s) => <StandbyRowActions standby={s} mayEnd={mayEnd} mayDelete={mayDelete} /> : undefined}
        />
      </Box>
      <AssignmentsSection file={file} />
      <CurrentEtapesSection beneficiaryId={file.id} />
      <AppointmentsSummarySection beneficiaryId={file.id} />
      <RightsEventsSection file={file} />
    </Box>
  );
};

// Genesis writes M / MME; French typography wants M. / Mme.
const CIVILITIES: Record<string, string> = { M: 'M.', MME: 'Mme', MLLE: 'Mme' };

export const BeneficiaryHeader = ({ file, actions }: { file: Beneficiary; actions: React.ReactNode }) => (
  <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap', mb: 2 }}>
    <Box>
      <Typography component="h1" variant="h4">
        {file.civility ? `${CIVILITIES[file.civility] ?? file.civility} ` : ''}
        {file.lastName} {file.firstName}
      </Typography>
      <Typography color="text.secondary">
        Dossier n° {file.fileNumber}
        {file.birthName && file.birthName !== file.lastName ? ` · née ou né ${file.birthName}` : ''}
        {file.birthDate ? ` · né(e) le ${formatDate(file.birthDate)}` : ''}
      </Typography>
    </Box>
    {actions}
  </Box>
);
