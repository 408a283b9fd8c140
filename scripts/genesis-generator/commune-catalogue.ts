import { createWeightedPicker, type Random } from './prng';

export type Territory = 'NORD' | 'CENTRE' | 'SUD';
export const TERRITORIES: readonly Territory[] = ['NORD', 'CENTRE', 'SUD'];

/** `territory` is null for a commune outside Ardèche (its DTAS stays the one that manages the file). */
export type Commune = {
  inseeCode: string;
  name: string;
  postalCode: string;
  territory: Territory | null;
  population: number;
};

type CommuneEntry = {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  arrondissement?: string;
  codesPostaux?: string[];
  population?: number;
};

/** The DTAS of each Ardèche arrondissement (Tournon-sur-Rhône, Privas, Largentière). */
const TERRITORY_OF_ARRONDISSEMENT: Readonly<Record<string, Territory>> = { '073': 'NORD', '072': 'CENTRE', '071': 'SUD' };

/** Neighbouring départements people move to: Drôme, Loire, Haute-Loire, Gard, Lozère, Rhône. */
const OUTSIDE_DEPARTEMENTS = new Set(['26', '42', '43', '30', '48', '69']);

type Catalogue = { ardeche: readonly Commune[]; outside: readonly Commune[] };
let catalogue: Catalogue | null = null;

/** Loaded once: the file is 8 MB and the generator asks for communes hundreds of thousands of times. */
const loadCatalogue = (): Catalogue => {
  if (catalogue) return catalogue;
  const entries: CommuneEntry[] = require('@etalab/decoupage-administratif/data/communes.json');
  const ardeche: Commune[] = [];
  const outside: Commune[] = [];
  for (const entry of entries) {
    if (entry.type !== 'commune-actuelle' || !entry.codesPostaux?.length || !entry.departement) continue;
    const commune = {
      inseeCode: entry.code,
      name: entry.nom,
      postalCode: entry.codesPostaux[0],
      population: entry.population ?? 0,
    };
    if (entry.departement === '07') {
      const territory = TERRITORY_OF_ARRONDISSEMENT[entry.arrondissement ?? ''];
      if (territory) ardeche.push({ ...commune, territory });
    } else if (OUTSIDE_DEPARTEMENTS.has(entry.departement) && commune.population >= 5000) {
      outside.push({ ...commune, territory: null });
    }
  }
  catalogue = { ardeche, outside };
  return catalogue;
};

export const ardecheCommunes = (): readonly Commune[] => loadCatalogue().ardeche;
export const outsideCommunes = (): readonly Commune[] => loadCatalogue().outside;

export type CommunePicker = {
  /** An Ardèche commune, in the given territory when one is given. */
  inArdeche(random: Random, territory?: Territory): Commune;
  outside(random: Random): Commune;
};

/**
 * Draws communes weighted by the square root of their population: towns get more people than
 * villages, yet villages still appear.
 */
export const createCommunePicker = (): CommunePicker => {
  const weight = (commune: Commune): number => Math.sqrt(Math.max(commune.population, 50));
  const all = createWeightedPicker(ardecheCommunes(), weight);
  const byTerritory = new Map(
    TERRITORIES.map((territory) => [
      territory,
      createWeightedPicker(
        ardecheCommunes().filter((commune) => commune.territory === territory),
        weight,
      ),
    ]),
  );
  const outside = createWeightedPicker(outsideCommunes(), weight);
  return {
    inArdeche: (random, territory) => (territory ? (byTerritory.get(territory) ?? all) : all)(random),
    outside,
  };
};
