import { TERRITORIES, type Territory } from './commune-catalogue';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES, asciiSlug } from './name-catalogue';
import { createRandom, deriveSeed, type Random } from './prng';

/** One référent de parcours as the feed names them; `login` is REFERENT_ID. */
export type Referent = {
  login: string;
  name: string;
  structure: string;
  territory: Territory;
  /** A DTAS worker (true) or a partner structure (false). */
  internal: boolean;
};

type Structure = {
  code: string;
  territory: Territory;
  /** Some partners follow people under one shared structure account. */
  account?: { login: string; name: string };
};

/** Partner structures per DTAS: CCAS, associations, France Travail agencies, missions locales. */
export const EXTERNAL_STRUCTURES: readonly Structure[] = [
  { code: 'CCAS-ANNONAY', territory: 'NORD' },
  { code: 'OISEAU-BLEU', territory: 'NORD' },
  { code: 'FRANCE-TRAVAIL-TOURNON', territory: 'NORD', account: { login: 'ft-tournon', name: 'FRANCE TRAVAIL TOURNON' } },
  { code: 'MISSION-LOCALE-ANNONAY', territory: 'NORD' },
  { code: 'CCAS-PRIVAS', territory: 'CENTRE' },
  { code: 'CREAGESTION', territory: 'CENTRE' },
  { code: 'CEFORA', territory: 'CENTRE' },
  { code: 'FRANCE-TRAVAIL-PRIVAS', territory: 'CENTRE', account: { login: 'ft-privas', name: 'FRANCE TRAVAIL PRIVAS' } },
  { code: 'MISSION-LOCALE-AUBENAS', territory: 'SUD' },
  { code: 'AMESUD', territory: 'SUD' },
  { code: 'CCAS-AUBENAS', territory: 'SUD' },
  { code: 'FRANCE-TRAVAIL-AUBENAS', territory: 'SUD', account: { login: 'ft-aubenas', name: 'FRANCE TRAVAIL AUBENAS' } },
];

export const dtasStructure = (territory: Territory): string => `DTAS-${territory}`;

/** About one référent per this many persons (real caseloads run from 60 to 120). */
const PERSONS_PER_REFERENT = 90;
const PERSONS_PER_HOUSEHOLD = 1.3;
const INTERNAL_SHARE = 0.55;

/**
 * The référents of a generated data set: same seed and size, same pool (the demo creates their
 * accounts from it). Each DTAS gets internal workers (structure DTAS-NORD…) and the partner
 * structures of its territory get the rest; structure accounts (ft-tournon…) are added once.
 */
export const referentPool = (seed: number, households = 1000): Referent[] => {
  const random = createRandom(deriveSeed(seed, 'referents'));
  const perTerritory = Math.max(4, Math.ceil((households * PERSONS_PER_HOUSEHOLD) / PERSONS_PER_REFERENT / TERRITORIES.length));
  const logins = new Set<string>();
  const pool: Referent[] = [];
  for (const territory of TERRITORIES) {
    const partners = EXTERNAL_STRUCTURES.filter((structure) => structure.territory === territory);
    const internalCount = Math.max(2, Math.round(perTerritory * INTERNAL_SHARE));
    for (let index = 0; index < perTerritory; index++) {
      const internal = index < internalCount;
      const structure = internal ? dtasStructure(territory) : partners[index % partners.length].code;
      pool.push({ ...person(random, logins), structure, territory, internal });
    }
    for (const { code, account } of partners) {
      if (account) pool.push({ ...account, structure: code, territory, internal: false });
    }
  }
  return pool;
};

const person = (random: Random, logins: Set<string>): { login: string; name: string } => {
  for (;;) {
    const firstName = random.pick(random.chance(0.6) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const login = `${asciiSlug(firstName)}.${asciiSlug(lastName)}${random.int(10, 99)}`;
    if (logins.has(login)) continue;
    logins.add(login);
    return { login, name: `${firstName} ${lastName}` };
  }
};

export type ReferentPicker = (random: Random, territory: Territory) => Referent;

/** Picks the référent of a person of a territory: a DTAS worker a bit more often than a partner. */
export const createReferentPicker = (pool: readonly Referent[]): ReferentPicker => {
  const lists = new Map(
    TERRITORIES.map((territory) => {
      const local = pool.filter((referent) => referent.territory === territory);
      return [territory, { internal: local.filter((r) => r.internal), external: local.filter((r) => !r.internal) }];
    }),
  );
  return (random, territory) => {
    const { internal, external } = lists.get(territory) ?? { internal: pool, external: pool };
    const useInternal = external.length === 0 || (internal.length > 0 && random.chance(INTERNAL_SHARE));
    return random.pick(useInternal ? internal : external);
  };
};
