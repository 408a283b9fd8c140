// The names of the other modules' facet values (a collaborator, an offer) that the saved searches
// and the history show: a saved search stores ids. One getMany per facet that declares where its
// names are read (facet-registry.tsx), only for the ids on screen.
import { useQueries } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { EXTRA_FACETS } from '../beneficiaries/facets/facet-registry';

const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]).map(Number).filter(Number.isInteger);

/** Answers (facet key, value) → name, or undefined while unknown. */
export const useFacetNames = (filters: Array<Record<string, unknown>>): ((key: string, value: unknown) => string | undefined) => {
  const dataProvider = useDataProvider();
  const named = EXTRA_FACETS.filter((f) => f.names);
  const wanted = named.map((f) => [...new Set(filters.flatMap((filter) => idsOf(filter[f.key])))].sort((a, b) => a - b));
  const results = useQueries({
    queries: named.map((f, i) => ({
      queryKey: [f.names?.reference, 'getMany', { ids: wanted[i] }],
      queryFn: () => dataProvider.getMany(f.names?.reference as string, { ids: wanted[i] }),
      enabled: wanted[i].length > 0,
    })),
  });
  return (key, value) => {
    const index = named.findIndex((f) => f.key === key);
    if (index < 0) return undefined;
    const records = (results[index]?.data?.data ?? []) as Array<Record<string, unknown>>;
    const names = idsOf(value).map((id) => {
      const record = records.find((r) => Number(r.id) === id);
      return record ? named[index].names?.text(record) : undefined;
    });
    return names.length > 0 && names.every(Boolean) ? names.join(', ') : undefined;
  };
};
