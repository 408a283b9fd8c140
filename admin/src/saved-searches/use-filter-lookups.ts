// The names describeFilter needs, read from the server for the criteria on screen (collaborators
// by id) or from lists the list's facets already loaded (catalogue, annex lists, selections).
import { useGetList, useGetMany } from 'react-admin';
import { useCharacteristicDefinitions } from '../data/use-characteristic-definitions';
import { useReferenceItems } from '../data/use-reference-items';
import { useT } from '../i18n/use-t';
import { EXTRA_FACETS } from '../beneficiaries/facets/facet-registry';
import type { FilterLookups } from './describe-filter';
import { useFacetNames } from './use-facet-names';

type Collaborator = { id: number; name: string };
type Selection = { id: number; name: string; count: number };

export const useFilterLookups = (filters: Array<Record<string, unknown>>): FilterLookups => {
  const t = useT();
  const facetName = useFacetNames(filters);
  const ids = [...new Set(filters.flatMap((f) => (Array.isArray(f.referentId) ? f.referentId : f.referentId ? [f.referentId] : []).map(Number)))];
  const { data: collaborators = [] } = useGetMany<Collaborator>('users', { ids }, { enabled: ids.length > 0 });
  const definitions = useCharacteristicDefinitions();
  const annex = [...useReferenceItems('job_wish'), ...useReferenceItems('sector_wish'), ...useReferenceItems('skill'), ...useReferenceItems('difficulty')];
  const { data: selections = [] } = useGetList<Selection>('file-selections', { pagination: { page: 1, perPage: 200 } });
  return {
    collaborator: (id) => collaborators.find((c) => c.id === id)?.name,
    characteristicValue: (family, name, code) =>
      definitions.find((d) => d.family === family && d.name === name)?.values?.find((v) => v.code === code)?.label,
    annex: (kind, code) => annex.find((a) => a.list === kind && a.code === code)?.label,
    selection: (id) => {
      const found = selections.find((s) => s.id === id);
      return found ? `${t('rsa.list.facets.selection')} « ${found.name} »` : undefined;
    },
    extra: (key, value) => EXTRA_FACETS.find((f) => f.key === key)?.describe(value, facetName(key, value)),
  };
};
