// How each kind of global search result is grouped and opened: files and notes today; offers and
// events add their entry here when their modules land (the server adds their provider).
import type { SearchHit } from '../data/data-provider';
import type { MessageKey } from '../i18n/use-t';

export type HitKind = {
  /** The group's title in the catalogue. */
  label: MessageKey;
  /** Where the result opens, and the tab of the file to show. */
  open(hit: SearchHit): { path: string; state?: { tab: string } } | null;
};

export const HIT_KINDS: Record<string, HitKind> = {
  file: { label: 'rsa.search.kind.file', open: (hit) => (hit.beneficiary ? { path: `/beneficiaries/${hit.beneficiary}/show` } : null) },
  note: { label: 'rsa.search.kind.note', open: (hit) => (hit.beneficiary ? { path: `/beneficiaries/${hit.beneficiary}/show`, state: { tab: 'notes' } } : null) },
};

/** The server's order is kept within a kind; groups come in the order of HIT_KINDS, then others. */
export const groupHits = (hits: readonly SearchHit[]): SearchHit[] => {
  const order = Object.keys(HIT_KINDS);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return hits.map((hit, index) => ({ hit, index })).sort((a, b) => rank(a.hit.kind) - rank(b.hit.kind) || a.index - b.index).map((x) => x.hit);
};
