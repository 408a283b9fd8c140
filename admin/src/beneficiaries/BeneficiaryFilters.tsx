// Filters of the beneficiary list (F1, F2), react-admin filter inputs fed by the server: the
// search box (names, file number, CAF number; case and accents ignored by the server) and the
// dispositif state always shown; « Ajouter un filtre » offers the facets — référent picked by
// name, territory (for those who see several), communes, characteristics with their values from
// the CMS catalogue, annex data — and those other modules add (facets/facet-registry.tsx).
import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment } from '@mui/material';
import type { Profile } from '../auth/can-access';
import { FILE_STATE_LABELS } from '@rsa/vocabulary';
import { AnnexFacetInput } from './facets/AnnexFacetInput';
import { CharacteristicFacetInput } from './facets/CharacteristicFacetInput';
import { EXTRA_FACETS } from './facets/facet-registry';

const STATE_CHOICES = Object.entries(FILE_STATE_LABELS).map(([id, name]) => ({ id, name }));
const TERRITORY_VIEWERS: Profile[] = ['secretariat', 'cadre', 'siege'];
// The list's référent: référents de parcours and d'étape are référents or référents FSE.
const REFERENT_PROFILES = { profile: ['referent', 'referent_fse'] };

type Collaborator = { id: number; login: string; name: string; structureName?: string | null; structureCode: string | null };
type Coded = { id: string; code: string; name: string };
type Commune = { id: string; name: string; postalCode: string | null };

const collaboratorText = (u: Collaborator | undefined) => (u ? `${u.name}${(u.structureName ?? u.structureCode) ? ` – ${u.structureName ?? u.structureCode}` : ''}` : '');
const codedText = (r: Coded | undefined) => (r ? `${r.name} (${r.code})` : '');
const communeText = (c: Commune | undefined) => (c ? `${c.name}${c.postalCode ? ` (${c.postalCode})` : ''}` : '');
const byText = (q: string) => ({ q });

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
  <ReferenceInput key="referentId" source="referentId" reference="users" filter={REFERENT_PROFILES} label="rsa.list.facets.referent">
    <AutocompleteInput label="rsa.list.facets.referent" optionText={collaboratorText} filterToQuery={byText} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  ...(profiles.some((p) => TERRITORY_VIEWERS.includes(p))
    ? [
        <ReferenceInput key="territory" source="territory" reference="territories" label="rsa.list.facets.territory">
          <AutocompleteInput label="rsa.list.facets.territory" optionText={codedText} filterToQuery={byText} sx={{ minWidth: 240 }} />
        </ReferenceInput>,
      ]
    : []),
  <ReferenceArrayInput key="commune" source="commune" reference="communes" label="rsa.list.facets.commune">
    <AutocompleteArrayInput label="rsa.list.facets.commune" optionText={communeText} filterToQuery={byText} sx={{ minWidth: 280 }} />
  </ReferenceArrayInput>,
  <CharacteristicFacetInput key="characteristic" source="characteristic" label="rsa.list.facets.characteristic" />,
  <AnnexFacetInput key="annex" source="annex" label="rsa.list.facets.annex" />,
  ...EXTRA_FACETS.filter((f) => f.shownTo(profiles)).map((f) => f.input()),
];
