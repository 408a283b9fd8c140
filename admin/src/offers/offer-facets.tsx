// The offers module's facets of the beneficiary list (FEATURES F2), checked and turned into SQL by
// the server (plugins/offers facets.ts through file-active's `beneficiary-facets`):
// « Prescripteur » — who positioned the person — and « Étape en cours » on an offer.
import { AutocompleteInput, ReferenceInput } from 'react-admin';
import type { FacetDefinition } from '../beneficiaries/facets/facet-registry';
import type { Profile } from '../auth/can-access';

type Collaborator = { id: number; name: string; structureName?: string | null; structureCode: string | null };
type OfferOption = { id: number; title: string; operatorName: string | null };

// Prescripteurs are those who position people (ACCESS.md): référents, secrétariats, cadres.
const PRESCRIPTEURS = { profile: ['referent', 'referent_fse', 'secretariat', 'cadre'] };
const FILE_LISTERS: Profile[] = ['referent', 'referent_fse', 'secretariat', 'secretariat_structure', 'cadre', 'siege'];
const byText = (q: string) => ({ q });
const collaboratorText = (u: Collaborator | undefined) => (u ? `${u.name}${(u.structureName ?? u.structureCode) ? ` – ${u.structureName ?? u.structureCode}` : ''}` : '');
const offerText = (o: OfferOption | undefined) => (o ? `${o.title}${o.operatorName ? ` – ${o.operatorName}` : ''}` : '');
const shownTo = (profiles: readonly Profile[]) => profiles.some((p) => FILE_LISTERS.includes(p));

export const OFFER_FACETS: FacetDefinition[] = [
  {
    key: 'prescripteurId',
    shownTo,
    describe: (value, name) => `Prescripteur : ${name ?? `n° ${String(value)}`}`,
    names: { reference: 'users', text: (u) => collaboratorText(u as Collaborator) },
    input: () => (
      <ReferenceInput key="prescripteurId" source="prescripteurId" reference="users" filter={PRESCRIPTEURS} label="rsa.offers.facets.prescripteur">
        <AutocompleteInput label="rsa.offers.facets.prescripteur" optionText={collaboratorText} filterToQuery={byText} sx={{ minWidth: 280 }} />
      </ReferenceInput>
    ),
  },
  {
    key: 'etapeOffer',
    shownTo,
    describe: (value, name) => `Étape en cours : ${name ? `« ${name} »` : `offre n° ${String(value)}`}`,
    names: { reference: 'offers', text: (o) => offerText(o as OfferOption) },
    input: () => (
      <ReferenceInput key="etapeOffer" source="etapeOffer" reference="offers" label="rsa.offers.facets.etape">
        <AutocompleteInput label="rsa.offers.facets.etape" optionText={offerText} filterToQuery={byText} sx={{ minWidth: 320 }} />
      </ReferenceInput>
    ),
  },
];
