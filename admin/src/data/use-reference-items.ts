// Configurable lists (veille motifs…) managed by functional admins in the CMS.
import { useGetList } from 'react-admin';

export type ReferenceItem = { id: number; list: string; code: string; label: string };

export const useReferenceItems = (list: string) =>
  useGetList<ReferenceItem>('reference-items', {
    filter: { list },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'label', order: 'ASC' },
  }).data ?? [];
