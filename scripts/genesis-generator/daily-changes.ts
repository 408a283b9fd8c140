import { TERRITORIES, type CommunePicker, type Territory } from './commune-catalogue';
import { randomPhone } from './contact-details';
import type { HouseholdFactory } from './household-factory';
import type { Household } from './population';
import type { Random } from './prng';
import type { ReferentPicker } from './referent-pool';

export type DailyChange =
  | 'exit'
  | 'reorientation'
  | 'move'
  | 'rights-closed'
  | 'rights-suspended'
  | 'rights-reopened'
  | 'sdd'
  | 'orientation'
  | 'midem'
  | 'phone';

/**
 * Per household and per day, the chance of each change (at most one change per household per
 * day). With new entrants (ENTRANT_RATE) about 2 % of persons differ from one file to the next.
 */
export const DAILY_CHANGE_RATES: Readonly<Record<DailyChange, number>> = {
  exit: 0.003,
  reorientation: 0.005,
  move: 0.003,
  'rights-closed': 0.0015,
  'rights-suspended': 0.001,
  'rights-reopened': 0.0005,
  sdd: 0.001,
  orientation: 0.0015,
  midem: 0.001,
  phone: 0.001,
};

/** New households per day, as a share of the households in the previous file. */
export const ENTRANT_RATE = 0.003;

export type DayStats = Record<DailyChange | 'entrant', number>;

export type DailyChangeContext = {
  random: Random;
  factory: HouseholdFactory;
  communes: CommunePicker;
  pickReferent: ReferentPicker;
};

const CHANGES = Object.entries(DAILY_CHANGE_RATES) as [DailyChange, number][];

/**
 * Turns yesterday's population into today's: réorientations (new référent designated today),
 * droits clos or suspended, moves (some to another DTAS, some out of Ardèche), exits (absent from
 * then on), new entrants (new ids, appended so files stay sorted by id), SDD / orientation changes,
 * a MIDEM appearing, a new phone number. Households are changed in place.
 */
export const applyDailyChanges = (households: Household[], today: string, context: DailyChangeContext): { households: Household[]; stats: DayStats } => {
  const { random, factory } = context;
  const stats: DayStats = emptyStats();
  const kept: Household[] = [];
  for (const household of households) {
    const change = drawChange(random);
    if (change !== null && applyChange(change, household, today, context)) stats[change]++;
    if (change !== 'exit') kept.push(household);
  }
  for (let index = 0; index < households.length; index++) {
    if (random.chance(ENTRANT_RATE)) {
      kept.push(factory.household(today, true));
      stats.entrant++;
    }
  }
  return { households: kept, stats };
};

const drawChange = (random: Random): DailyChange | null => {
  let draw = random.next();
  for (const [change, rate] of CHANGES) {
    draw -= rate;
    if (draw < 0) return change;
  }
  return null;
};

/** False when the change does not apply to this household (no MIDEM for a NSDD person…). */
const applyChange = (change: DailyChange, household: Household, today: string, context: DailyChangeContext): boolean => {
  const { random, factory, communes, pickReferent } = context;
  const member = random.pick(household.members);
  switch (change) {
    case 'exit':
      return true;
    case 'reorientation': {
      const referent = otherReferent(household.members[0].referent.login, household.territory, context);
      const movers = random.chance(0.8) ? household.members : [member];
      for (const person of movers) Object.assign(person, { referent, designatedOn: today });
      return true;
    }
    case 'move': {
      const roll = random.next();
      if (roll < 0.1) {
        household.address = { ...factory.address(), commune: communes.outside(random) };
        return true;
      }
      const territory: Territory =
        roll < 0.4 ? random.pick(TERRITORIES.filter((other) => other !== household.territory)) : household.territory;
      household.address = factory.address(territory);
      if (territory !== household.territory) {
        household.territory = territory;
        // Half the time the new DTAS designates its own référent on arrival.
        if (random.chance(0.5)) {
          const referent = pickReferent(random, territory);
          for (const person of household.members) Object.assign(person, { referent, designatedOn: today });
        }
      }
      return true;
    }
    case 'rights-closed':
      if (household.rightsState === '5' || household.rightsState === '6') return false;
      factory.closeRights(household, today);
      return true;
    case 'rights-suspended':
      if (household.rightsState !== '2') return false;
      factory.suspendRights(household, today);
      return true;
    case 'rights-reopened':
      if (household.rightsState === '2') return false;
      Object.assign(household, { rightsState: '2', rightsStateDate: today, closureReason: '', paymentSuspendedOn: null });
      return true;
    case 'sdd':
      member.sdd = member.sdd === 'SDD' ? 'NSDD' : 'SDD';
      return true;
    case 'orientation': {
      const next = factory.orientation();
      if (next === member.orientation) return false;
      member.orientation = next;
      member.employmentContract = next === 'TNS' ? 'Autoentrepreneur' : member.employmentContract === 'Autoentrepreneur' ? '' : member.employmentContract;
      return true;
    }
    case 'midem':
      if (member.sdd !== 'SDD') return false;
      factory.midem(member, today);
      return true;
    case 'phone':
      member.phone = randomPhone(random);
      return true;
  }
};

/** A réorientation names someone else (same REFERENT_ID is no réorientation); a few tries suffice. */
const otherReferent = (current: string, territory: Territory, { random, pickReferent }: DailyChangeContext) => {
  let referent = pickReferent(random, territory);
  for (let attempt = 0; attempt < 5 && referent.login === current; attempt++) referent = pickReferent(random, territory);
  return referent;
};

const emptyStats = (): DayStats => ({
  exit: 0,
  reorientation: 0,
  move: 0,
  'rights-closed': 0,
  'rights-suspended': 0,
  'rights-reopened': 0,
  sdd: 0,
  orientation: 0,
  midem: 0,
  phone: 0,
  entrant: 0,
});
