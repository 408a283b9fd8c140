// The « Résumé » of a file (F4): identity header with the actions, then the blocks of the old
// tool's summary page in the same order of importance.
import { Box, Typography } from '@mui/material';
import { formatDate } from '../dates/calendar-date';
import type { Beneficiary } from './beneficiary.type';
import { AccompanimentSection } from './AccompanimentSection';
import { AssignmentsSection } from './AssignmentsSection';
import { CharacteristicsSection } from './CharacteristicsSection';
import { ContactSection } from './ContactSection';
import { HouseholdSection } from './HouseholdSection';
import { RightsEventsSection } from './RightsEventsSection';
import { StandbysSection } from './StandbysSection';

export const BeneficiaryResume = ({ file }: { file: Beneficiary }) => (
  <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
    <ContactSection file={file} />
    <AccompanimentSection file={file} />
    <CharacteristicsSection file={file} />
    <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
      <HouseholdSection file={file} />
      <StandbysSection file={file} />
    </Box>
    <AssignmentsSection file={file} />
    <RightsEventsSection file={file} />
  </Box>
);

export const BeneficiaryHeader = ({ file, actions }: { file: Beneficiary; actions: React.ReactNode }) => (
  <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap', mb: 2 }}>
    <Box>
      <Typography component="h1" variant="h4">
        {file.civility ? `${file.civility} ` : ''}
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
