// Where other modules add their facets to the beneficiary list (prescripteur with the
// orientation module, étapes with the offers module): a filter input whose `source` is the key
// the server registered through the `beneficiary-facets` service (its check and SQL), and how a
// saved search or the history names it. Example, once the offers module lands:
//   { key: 'step', shownTo: () => true, describe: (v) => `Étape : ${v}`,
//     input: () => <ReferenceInput key="step" source="step" reference="offers"><AutocompleteInput … /></ReferenceInput> }
import type { ReactElement } from 'react';
import type { Profile } from '../../auth/can-access';
import { OFFER_FACETS } from '../../offers/offer-facets';

export type FacetDefinition = {
  key: string;
  shownTo(profiles: readonly Profile[]): boolean;
  input(): ReactElement;
  /** `name`: what `names` read for the value, when the screen has it (else the value itself). */
  describe(value: unknown, name?: string): string;
  /** Where a value's name is read (a saved search stores ids: « Prescripteur : Djilali TEYSSIER »). */
  names?: { reference: string; text(record: Record<string, unknown>): string };
};

export const EXTRA_FACETS: FacetDefinition[] = [...OFFER_FACETS];
