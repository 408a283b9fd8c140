// Filters of the beneficiary list (CONTRACT.md `beneficiaries`, F1–F2) as SQL conditions on `b`:
// text search, référent, state, territory, communes, characteristics (family / name / value,
// case- and accent-blind, list values matched by code, label or alias), annex data, recently
// consulted, selected ids (a ticked selection saved as {"id": [...]}).
import { ConsoleError } from '@rsa/console-kit';
import { findCharacteristic, validateCharacteristicValue, type CharacteristicCatalogue } from '../../../domain/characteristic-catalogue';
import { foldForSearch } from '@rsa/vocabulary';
import { assignmentInForceSql, fileStateSql, foldSql, inValuesSql, placeholders, type SqlFragment } from './sql';

type CharacteristicFilter = { family?: unknown; name?: unknown; value?: unknown };

/**
 * Facets other modules add to the list (prescripteur, étapes…): a filter key and its SQL on `b`.
 * Registered at their plugin's register/bootstrap through the `beneficiary-facets` service, which
 * also takes their check (unknown codes → 422). Clauses are added after the built-in ones.
 */
export type FacetSql = (value: unknown, today: string) => SqlFragment | null;
const extraFacets = new Map<string, FacetSql>();
export const registerFacetSql = (key: string, sql: FacetSql): void => {
  extraFacets.set(key, sql);
};

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]);

const characteristicSql = (input: CharacteristicFilter, index: number, catalogue: CharacteristicCatalogue): SqlFragment => {
  const family = typeof input.family === 'string' ? input.family.trim() : '';
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  const value = typeof input.value === 'string' || typeof input.value === 'number' ? String(input.value).trim() : '';
  if (name === '' && family === '') throw new ConsoleError(400, 'Filtre de caractéristique invalide : indiquez au moins la famille ou la caractéristique.');
  const c = `fc${index}`;
  const sql: string[] = [`${c}.beneficiary_id = b.id`, `${c}.until IS NULL`];
  const bindings: unknown[] = [];
  if (family) {
    sql.push(`${foldSql(`${c}.family`)} = ?`);
    bindings.push(foldForSearch(family));
  }
  if (name) {
    sql.push(`${foldSql(`${c}.name`)} = ?`);
    bindings.push(foldForSearch(name));
  }
  if (value) {
    // A list value typed as its label ("droit clos") is stored as its code ("5"); a date typed
    // jj/mm/aaaa is stored YYYY-MM-DD. Free text is compared folded.
    const definition = family && name ? findCharacteristic(catalogue, family, name) : null;
    const canonical = definition ? validateCharacteristicValue(catalogue, definition.family, definition.name, value) : null;
    const candidates = new Set([foldForSearch(value)]);
    if (canonical?.ok) candidates.add(foldForSearch(canonical.value));
    sql.push(`${foldSql(`${c}.value`)} IN (${placeholders([...candidates])})`);
    bindings.push(...candidates);
  }
  return { sql: `EXISTS (SELECT 1 FROM characteristics ${c} WHERE ${sql.join(' AND ')})`, bindings };
};

/** The folded words of the name search `q` (six at most), each looked for in the search text. */
export const searchWords = (filter: Record<string, unknown>): string[] =>
  (typeof filter.q === 'string' ? foldForSearch(filter.q) : '').split(' ').filter(Boolean).slice(0, 6);

export const beneficiaryFiltersSql = (
  filter: Record<string, unknown>,
  today: string,
  catalogue: CharacteristicCatalogue,
  // How the folded words are looked for in the search text (searchTextSql: the database's own index).
  textSql: (tokens: string[]) => SqlFragment,
): SqlFragment[] => {
  const out: SqlFragment[] = [];
  const tokens = searchWords(filter);
  if (tokens.length > 0) out.push(textSql(tokens));
  if (typeof filter.referent === 'string' && filter.referent) {
    const inForce = assignmentInForceSql('fa', today);
    out.push({
      sql: `EXISTS (SELECT 1 FROM assignments fa WHERE fa.beneficiary_id = b.id AND fa.login = ? AND ${inForce.sql})`,
      bindings: [filter.referent.toLowerCase(), ...inForce.bindings],
    });
  }
  if (typeof filter.territory === 'string' && filter.territory) out.push({ sql: 'b.territory_code = ?', bindings: [filter.territory.toUpperCase()] });
  if (typeof filter.state === 'string' && filter.state) {
    if (!['entree', 'veille', 'sortie'].includes(filter.state)) throw new ConsoleError(400, `État inconnu : ${filter.state}.`);
    const state = fileStateSql(today);
    out.push({ sql: `(${state.sql}) = ?`, bindings: [...state.bindings, filter.state] });
  }
  const communes = asList(filter.commune).map(String).filter((c) => /^[0-9][0-9AB][0-9]{3}$/.test(c));
  if (asList(filter.commune).length > 0) {
    out.push(inValuesSql('b.insee_code', communes));
  }
  asList(filter.characteristic)
    .slice(0, 10)
    .forEach((c, i) => {
      if (typeof c !== 'object' || c === null) throw new ConsoleError(400, 'Filtre de caractéristique invalide.');
      out.push(characteristicSql(c as CharacteristicFilter, i, catalogue));
    });
  // Annex data (F2 facets métiers, secteurs, compétences, difficultés): {kind, code}, combinable.
  asList(filter.annex)
    .slice(0, 10)
    .forEach((a, i) => {
      const item = a as { kind?: unknown; code?: unknown };
      if (typeof a !== 'object' || a === null || typeof item.kind !== 'string' || typeof item.code !== 'string') {
        throw new ConsoleError(400, 'Filtre de donnée annexe invalide : {"kind", "code"} attendus.');
      }
      out.push({ sql: `EXISTS (SELECT 1 FROM annex_items ax${i} WHERE ax${i}.beneficiary_id = b.id AND ax${i}.kind = ? AND ax${i}.code = ?)`, bindings: [item.kind, item.code] });
    });
  // The référent picked by name in the console: the collaborator's id (GET /users), in force today.
  const referentIds = asList(filter.referentId).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (referentIds.length > 0) {
    const inForce = assignmentInForceSql('fr', today);
    out.push({
      sql: `EXISTS (SELECT 1 FROM assignments fr JOIN console_users fu ON fu.login = fr.login WHERE fr.beneficiary_id = b.id AND fu.id IN (${placeholders(referentIds)}) AND ${inForce.sql})`,
      bindings: [...referentIds, ...inForce.bindings],
    });
  }
  for (const [key, sql] of extraFacets) {
    if (filter[key] === undefined || filter[key] === null || filter[key] === '') continue;
    const fragment = sql(filter[key], today);
    if (fragment) out.push(fragment);
  }
  if (filter.recent === true) out.push({ sql: 'rc.id IS NOT NULL', bindings: [] });
  if (Array.isArray(filter.id)) {
    const ids = filter.id.map(Number).filter(Number.isInteger);
    out.push(inValuesSql('b.id', ids));
  }
  return out;
};
