import { Link as RouterLink } from 'react-router-dom';
import { Link, List, ListItem } from '@mui/material';
import type { Beneficiary } from './beneficiary.type';
import { Empty, Section } from './Section';

// Household roles as Genesis sends them; anything else is shown as is.
const ROLES: Record<string, string> = { DEM: 'Demandeur', CJT: 'Conjoint', ENF: 'Enfant', AUT: 'Autre' };

export const HouseholdSection = ({ file }: { file: Beneficiary }) => (
  <Section id="household" title="Foyer">
    {file.household.length === 0 ? (
      <Empty>Aucun autre membre du foyer dans l’application.</Empty>
    ) : (
      <List dense disablePadding>
        {file.household.map((member) => (
          <ListItem key={member.id} disableGutters>
            <Link component={RouterLink} to={`/beneficiaries/${member.id}/show`}>
              {member.lastName} {member.firstName} — dossier {member.fileNumber}
            </Link>
            {member.role ? `\u00a0(${ROLES[member.role] ?? member.role})` : ''}
          </ListItem>
        ))}
      </List>
    )}
  </Section>
);
