// The facets of the beneficiary list (F2) checked against what the functional admins configured:
// a state of the vocabulary, a territory and communes of the CMS, characteristics of the catalogue
// (a list value must be one of its codes, labels or aliases), annex data codes of their reference
// lists. A criterion naming something unknown is refused with a French message (422), never
// silently matched to nothing. Shapes that are not criteria at all stay the filter's 400.
import { checkListChoice } from '@rsa/console-kit';
import { FILE_STATES, foldForSearch } from '@rsa/vocabulary';
import { findCharacteristic, type CharacteristicCatalogue } from './characteristic-catalogue';

export const ANNEX_FACET_KINDS = ['job_wish', 'sector_wish', 'skill', 'difficulty'] as const;
export type AnnexFacetKind = (typeof ANNEX_FACET_KINDS)[number];

/** What the check needs to know, loaded by the server from the CMS (codes as stored). */
export type FacetLookups = {
  catalogue: CharacteristicCatalogue;
  territories: ReadonlySet<string>;
  communes: ReadonlySet<string>;
  /** Every code of each annex list, deactivated ones too: old files still carry them. */
  annexCodes: Readonly<Record<AnnexFacetKind, ReadonlySet<string>>>;
  /** Collaborator ids that exist, among those the filter names (`referentId`). */
  collaborators: ReadonlySet<number>;
};

export type FacetCheck = { ok: true } | { ok: false; field: string; message: string };

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]);
const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/** The collaborator ids a filter names, for the lookup of `FacetLookups.collaborators`. */
export const referentIdsOf = (filter: Readonly<Record<string, unknown>>): number[] =>
  asList(filter.referentId).map(Number).filter((n) => Number.isInteger(n) && n > 0);

export function checkBeneficiaryFacets(filter: Readonly<Record<string, unknown>>, known: FacetLookups): FacetCheck {
  const refuse = (field: string, message: string): FacetCheck => ({ ok: false, field, message });

  if (filter.state !== undefined && filter.state !== null && filter.state !== '') {
    if (!(FILE_STATES as readonly unknown[]).includes(filter.state)) return refuse('state', `État inconnu : ${text(filter.state) || '(vide)'}. États possibles : entrée, veille, sortie.`);
  }
  const territory = text(filter.territory).toUpperCase();
  if (territory && !known.territories.has(territory)) return refuse('territory', `Territoire inconnu : ${territory}.`);
  for (const commune of asList(filter.commune).map(text)) {
    if (!known.communes.has(commune)) return refuse('commune', `Commune inconnue (code INSEE) : ${commune || '(vide)'}.`);
  }
  for (const id of asList(filter.referentId)) {
    const n = Number(id);
    if (!Number.isInteger(n) || n <= 0 || !known.collaborators.has(n)) return refuse('referentId', 'Référent inconnu : choisissez un collaborateur de la liste.');
  }
  for (const raw of asList(filter.characteristic)) {
    if (typeof raw !== 'object' || raw === null) continue; // the filter's own 400
    const c = raw as { family?: unknown; name?: unknown; value?: unknown };
    const family = text(c.family);
    const name = text(c.name);
    if (family && !known.catalogue.some((d) => d.family.localeCompare(family, 'fr', { sensitivity: 'base' }) === 0)) {
      return refuse('characteristic', `Famille de caractéristiques inconnue : ${family}.`);
    }
    if (!name) continue;
    const definition = family
      ? findCharacteristic(known.catalogue, family, name)
      : (known.catalogue.find((d) => d.name.localeCompare(name, 'fr', { sensitivity: 'base' }) === 0) ?? null);
    if (definition === null) return refuse('characteristic', `Caractéristique inconnue : ${family ? `${family} / ` : ''}${name}.`);
    const value = text(c.value);
    // A list value must be one of the list's (a deactivated one still finds the files that hold
    // it); free text, numbers and dates are compared as typed.
    if (value && definition.type === 'list') {
      const checked = checkListChoice(definition.name, definition.values, value, foldForSearch);
      if (!checked.ok && checked.reason !== 'inactive') return refuse('characteristic', checked.message);
    }
  }
  for (const raw of asList(filter.annex)) {
    if (typeof raw !== 'object' || raw === null) continue;
    const a = raw as { kind?: unknown; code?: unknown };
    const kind = text(a.kind) as AnnexFacetKind;
    if (!ANNEX_FACET_KINDS.includes(kind)) return refuse('annex', `Type de donnée annexe inconnu : ${text(a.kind) || '(vide)'}.`);
    if (!known.annexCodes[kind].has(text(a.code))) return refuse('annex', `Donnée annexe inconnue : ${text(a.code) || '(vide)'}.`);
  }
  return { ok: true };
}
