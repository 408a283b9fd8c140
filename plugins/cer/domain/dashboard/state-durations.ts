import { CER_STATES, daysBetween, type CerState } from '@rsa/vocabulary';

// The delays of the validation chain (R4): how long CERs stay in each state, from their history
// (every move is recorded with its day). A CER still in a state counts until `today`.
export type StateMove = { cerId: number; toState: string; on: string };
export type StateDuration = { state: CerState; stays: number; averageDays: number | null; medianDays: number | null; maxDays: number | null };

const median = (sorted: number[]): number | null => {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : Math.round(((sorted[middle - 1] + sorted[middle]) / 2) * 10) / 10;
};

/** `moves` in any order; each CER's stays are the gaps between its consecutive moves. */
export const stateDurations = (moves: readonly StateMove[], today: string): StateDuration[] => {
  const byCer = new Map<number, StateMove[]>();
  for (const move of moves) byCer.set(move.cerId, [...(byCer.get(move.cerId) ?? []), move]);
  const stays = new Map<CerState, number[]>(CER_STATES.map((s) => [s, []]));
  for (const list of byCer.values()) {
    list.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    list.forEach((move, i) => {
      const days = stays.get(move.toState as CerState);
      if (!days) return;
      const until = i + 1 < list.length ? list[i + 1].on : today;
      days.push(Math.max(0, daysBetween(move.on, until)));
    });
  }
  return CER_STATES.map((state) => {
    const days = (stays.get(state) ?? []).sort((a, b) => a - b);
    const total = days.reduce((sum, d) => sum + d, 0);
    return {
      state,
      stays: days.length,
      averageDays: days.length ? Math.round((total / days.length) * 10) / 10 : null,
      medianDays: median(days),
      maxDays: days.length ? days[days.length - 1] : null,
    };
  });
};
