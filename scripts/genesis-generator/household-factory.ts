import type {
  FamilySituation,
  Orientation,
  RightsState,
  Sex,
} from '@rsa/vocabulary';
import { addDays, addYears, daysBetween, firstOfMonth } from './calendar';
import type { CommunePicker, Territory } from './commune-catalogue';
import { maybeEmail, maybePhone, randomPhone } from './contact-details';
import {
  ADDRESS_COMPLEMENTS,
  CLOSURE_REASONS,
  EMPLOYMENT_CONTRACTS,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  MIDEM_REASONS,
  QUOTED_COMPLEMENTS,
  STREETS,
} from './name-catalogue';
import type { Address, Household, IdSequences, Person } from './population';
import type { Random } from './prng';
import type { ReferentPicker } from './referent-pool';

/** Share of households that are couples (two rows, same NUM_FOYER). */
export const COUPLE_SHARE = 0.3;
/** Share of addresses outside Ardèche (people who moved and are still followed). */
export const OUTSIDE_SHARE = 0.015;

export type HouseholdFactoryContext = {
  random: Random;
  communes: CommunePicker;
  pickReferent: ReferentPicker;
  ids: IdSequences;
};

export type HouseholdFactory = {
  /** A household known to Genesis for months or years (`entrant` false) or arriving on `today`. */
  household(today: string, entrant: boolean): Household;
  address(territory?: Territory): Address;
  closeRights(household: Household, today: string): void;
  suspendRights(household: Household, today: string): void;
  orientation(): Orientation | null;
  midem(person: Person, today: string): void;
};

export const createHouseholdFactory = ({ random, communes, pickReferent, ids }: HouseholdFactoryContext): HouseholdFactory => {
  const nextPersonId = (): number => (ids.person += random.int(1, 30));
  const nextHouseholdNumber = (): number => (ids.household += random.int(1, 40));

  const address = (territory?: Territory): Address => {
    const commune = territory ? communes.inArdeche(random, territory) : communes.inArdeche(random);
    const roll = random.next();
    const line2 = roll < 0.45 ? '' : roll < 0.453 ? random.pick(QUOTED_COMPLEMENTS) : random.pick(ADDRESS_COMPLEMENTS);
    return { line1: `${random.int(1, 120)} ${random.pick(STREETS)}`, line2, commune };
  };

  const orientation = (): Orientation | null =>
    random.weighted<Orientation | null>([
      ['SOC', 33],
      ['PRO', 25],
      ['SOCPRO', 27],
      ['TNS', 8],
      [null, 7],
    ]);

  const closeRights = (household: Household, today: string): void => {
    const previousMonth = random.chance(0.3);
    household.rightsState = previousMonth ? '6' : '5';
    household.rightsStateDate = previousMonth ? firstOfMonth(today, 1) : today;
    household.closureReason = random.pick(CLOSURE_REASONS);
    household.paymentSuspendedOn = null;
  };

  const suspendRights = (household: Household, today: string): void => {
    household.rightsState = random.chance(0.7) ? '4' : '3';
    household.rightsStateDate = today;
    household.closureReason = '';
    household.paymentSuspendedOn = firstOfMonth(today);
  };

  const midem = (person: Person, today: string): void => {
    const span = Math.max(0, daysBetween(person.designatedOn, today));
    person.midemDate = addDays(today, -random.int(0, Math.min(span, 10)));
    person.midemReason = random.pick(MIDEM_REASONS);
  };

  const person = (
    household: Pick<Household, 'territory'>,
    role: Person['role'],
    sex: Sex,
    lastName: string,
    today: string,
    entrant: boolean,
  ): Person => {
    const female = sex === 'F';
    const firstSupportDate = entrant ? addDays(today, -random.int(0, 20)) : addDays(today, -random.int(60, 6 * 365));
    const designatedOn = entrant ? addDays(today, -random.int(0, 2)) : minDate(addDays(firstSupportDate, random.int(0, 60)), today);
    const chosen = orientation();
    return {
      id: nextPersonId(),
      role,
      civility: random.chance(0.01) ? null : female ? 'MME' : 'M',
      sex: random.chance(0.01) ? null : sex,
      lastName,
      birthName: random.chance(0.04) ? '' : female && random.chance(0.35) ? random.pick(LAST_NAMES) : lastName,
      firstName: random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES),
      birthDate: addDays(today, -random.int(18 * 365 + 5, 64 * 365)),
      phone: '',
      sdd: random.chance(0.9) ? 'SDD' : 'NSDD',
      orientation: chosen,
      employmentContract: chosen === 'TNS' ? 'Autoentrepreneur' : random.chance(0.12) ? random.pick(EMPLOYMENT_CONTRACTS) : '',
      firstSupportDate,
      referent: pickReferent(random, household.territory),
      designatedOn,
      midemDate: null,
      midemReason: '',
    };
  };

  const household = (today: string, entrant: boolean): Household => {
    const home = random.chance(OUTSIDE_SHARE) ? { ...address(), commune: communes.outside(random) } : address();
    const territory: Territory = home.commune.territory ?? random.pick<Territory>(['NORD', 'CENTRE', 'SUD']);
    const couple = random.chance(COUPLE_SHARE);
    const familySituation = random.weighted<FamilySituation>(
      couple
        ? [['MAR', 40], ['PAC', 15], ['VIM', 45]]
        : [['CEL', 60], ['SEP', 15], ['DIV', 18], ['VEU', 7]],
    );
    const lastName = random.pick(LAST_NAMES);
    const demSex: Sex = random.chance(couple ? 0.5 : 0.58) ? 'F' : 'H';
    const dem = person({ territory }, 'DEM', demSex, lastName, today, entrant);
    const members = [dem];
    if (couple) {
      const sex: Sex = random.chance(0.95) ? (demSex === 'F' ? 'H' : 'F') : demSex;
      const cjt = person({ territory }, 'CJT', sex, random.chance(0.8) ? lastName : random.pick(LAST_NAMES), today, entrant);
      // A couple is usually followed together: same référent, same droits and devoirs.
      if (random.chance(0.9)) {
        Object.assign(cjt, { referent: dem.referent, designatedOn: dem.designatedOn, firstSupportDate: dem.firstSupportDate });
      }
      if (random.chance(0.8)) Object.assign(cjt, { sdd: dem.sdd, orientation: dem.orientation, employmentContract: dem.employmentContract });
      // Partners of comparable age, both adults.
      const latest = addDays(today, -(18 * 365 + 5));
      cjt.birthDate = minDate(addDays(dem.birthDate, random.int(-3000, 3000)), latest);
      members.push(cjt);
    }
    const phone = maybePhone(random);
    for (const member of members) member.phone = member.role === 'CJT' && phone !== '' && random.chance(0.1) ? randomPhone(random) : phone;

    const rightsState = random.weighted<RightsState>(entrant ? [['2', 1]] : [['2', 88], ['3', 2], ['4', 4], ['5', 4], ['6', 2]]);
    const result: Household = {
      number: nextHouseholdNumber(),
      organisation: random.chance(0.92) ? 'CAF' : 'MSA',
      matricule: String(random.int(1_000_000, 9_999_999)),
      address: home,
      territory,
      email: maybeEmail(random, lastName),
      familySituation,
      familySituationDate: addDays(today, -random.int(30, Math.max(31, daysBetween(addYears(youngest(members), 18), today)))),
      rightsState: '2',
      rightsStateDate: dem.firstSupportDate,
      closureReason: '',
      paymentSuspendedOn: null,
      members,
    };
    if (rightsState === '5' || rightsState === '6') closeRights(result, addDays(today, -random.int(0, 90)));
    if (rightsState === '3' || rightsState === '4') suspendRights(result, addDays(today, -random.int(0, 90)));
    for (const member of members) {
      if (!entrant && member.sdd === 'SDD' && random.chance(0.03)) midem(member, today);
    }
    return result;
  };

  return { household, address, closeRights, suspendRights, orientation, midem };
};

const youngest = (members: readonly Person[]): string =>
  members.reduce((latest, member) => (member.birthDate > latest ? member.birthDate : latest), members[0].birthDate);

const minDate = (a: string, b: string): string => (a < b ? a : b);
