// A list's criteria in French words, for the saved searches and the history (« État : Entrée ·
// Référent : Djilali TEYSSIER · Caractéristique : Etat du droit = Droit clos »). Names the
// server knows (collaborators, list labels) come from lookups the screen loaded; a code without
// its label is shown as it is rather than hidden.
import { FILE_STATE_LABELS, type FileState } from '@rsa/vocabulary';
import type { MessageKey } from '../i18n/use-t';

type Translate = (key: MessageKey, options?: Record<string, unknown>) => string;

export type FilterLookups = {
  collaborator(id: number): string | undefined;
  characteristicValue(family: string, name: string, code: string): string | undefined;
  annex(kind: string, code: string): string | undefined;
  selection(id: number): string | undefined;
  /** Facets other modules add (facets/facet-registry.tsx). */
  extra?(key: string, value: unknown): string | undefined;
};

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]);

export function describeFilter(filter: Record<string, unknown>, t: Translate, lookups: FilterLookups): string[] {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    switch (key) {
      case 'q':
        parts.push(t('rsa.list.describe.q', { value: String(value) }));
        break;
      case 'state':
        parts.push(t('rsa.list.describe.state', { value: FILE_STATE_LABELS[value as FileState] ?? String(value) }));
        break;
      case 'referentId':
        parts.push(t('rsa.list.describe.referent', { value: list(value).map((id) => lookups.collaborator(Number(id)) ?? `n° ${String(id)}`).join(', ') }));
        break;
      case 'referent':
        parts.push(t('rsa.list.describe.referent', { value: String(value) }));
        break;
      case 'territory':
        parts.push(t('rsa.list.describe.territory', { value: String(value) }));
        break;
      case 'commune':
        parts.push(t('rsa.list.describe.commune', { value: list(value).join(', ') }));
        break;
      case 'characteristic':
        for (const c of list(value) as Array<{ family?: string; name?: string; value?: string }>) {
          const shown = c.value ? (lookups.characteristicValue(c.family ?? '', c.name ?? '', c.value) ?? c.value) : null;
          parts.push(t('rsa.list.describe.characteristic', { value: shown ? `${c.name} = ${shown}` : String(c.name) }));
        }
        break;
      case 'annex':
        for (const a of list(value) as Array<{ kind: string; code: string }>) parts.push(t('rsa.list.describe.annex', { value: lookups.annex(a.kind, a.code) ?? a.code }));
        break;
      case 'selection':
        parts.push(lookups.selection(Number(value)) ?? t('rsa.list.describe.selection', { value: String(value) }));
        break;
      case 'recent':
        break;
      default:
        parts.push(lookups.extra?.(key, value) ?? t('rsa.list.describe.other', { key, value: JSON.stringify(value) }));
    }
  }
  return parts;
}
