// Filters of the beneficiary list (F1): the search box (names, file number, CAF number; the
// server ignores case and accents), the dispositif state, the référent, and the territory for
// those who see several (secretariats, cadres, siège).
import { SelectInput, TextInput } from 'react-admin';
import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment } from '@mui/material';
import type { Profile } from '../auth/can-access';
import { FILE_STATE_LABELS } from '@rsa/vocabulary';

const STATE_CHOICES = Object.entries(FILE_STATE_LABELS).map(([id, name]) => ({ id, name }));
const TERRITORY_VIEWERS: Profile[] = ['secretariat', 'cadre', 'siege'];

export const beneficiaryFilters = (profiles: readonly Profile[]) => [
  <TextInput
    key="q"
    source="q"
    alwaysOn
    resettable
    sx={{ minWidth: { sm: 380 } }}
    slotProps={{
      input: {
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon aria-hidden="true" />
          </InputAdornment>
        ),
      },
    }}
  />,
  <SelectInput key="state" source="state" choices={STATE_CHOICES} alwaysOn emptyText="Tous" />,
  <TextInput key="referent" source="referent" />,
  ...(profiles.some((p) => TERRITORY_VIEWERS.includes(p)) ? [<TextInput key="territory" source="territory" />] : []),
];
