/**
 * What one import does to a person's Genesis characteristics (GENESIS_FEED.md rule 2: updated
 * "keeping the previous values as history", a droit event when état du droit, SDD or orientation
 * changes). The import runs it set-based in SQL (server feed-import/merge-characteristics);
 * test/integration/genesis-merge-characteristics.test.ts pins that SQL to this statement on
 * SQLite and PostgreSQL.
 */
import { isRightsEventCharacteristic, recordsRightsEvent } from './feed-characteristics';

/** One current value (not yet closed), as stored. */
export type StoredCharacteristic = { family: string; name: string; value: string | null };

export type CharacteristicsMerge = {
  /** Current values closed on the extraction date: changed, or no longer in the row. */
  close: StoredCharacteristic[];
  /** Values opened from the extraction date: new or changed (an empty value opens nothing). */
  open: StoredCharacteristic[];
  /** Droit events of a known person: the value before and after. */
  events: Array<{ name: string; oldValue: string | null; newValue: string }>;
  /** Something changed for a known person (the "updated" count). */
  changed: boolean;
};

const same = (a: StoredCharacteristic, b: StoredCharacteristic): boolean =>
  a.family === b.family && a.name === b.name && a.value !== null && a.value === b.value;

/**
 * `current`: the person's current Genesis values; `row`: what today's row carries (null = empty).
 * A new file (created by this import) has nothing to compare: every value opens, no droit event.
 */
export function mergeCharacteristicValues(
  current: readonly StoredCharacteristic[],
  row: readonly StoredCharacteristic[],
  isNewFile: boolean,
): CharacteristicsMerge {
  const given = row.filter((c) => c.value !== null);
  if (isNewFile) return { close: [], open: given, events: [], changed: false };
  const open = given.filter((c) => !current.some((now) => same(now, c)));
  const close = current.filter((now) => !given.some((c) => same(now, c)));
  const events = open
    .filter((c) => recordsRightsEvent({ isNewFile, isRightsEvent: isRightsEventCharacteristic(c as never), changed: true }))
    .map((c) => ({ name: c.name, oldValue: current.find((now) => now.family === c.family && now.name === c.name)?.value ?? null, newValue: c.value as string }));
  return { close, open, events, changed: open.length > 0 || close.length > 0 };
}
