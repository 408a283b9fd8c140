import { mergeCharacteristicValues, type StoredCharacteristic } from './merge-characteristics';

const v = (name: string, value: string | null, family = 'Situation RSA'): StoredCharacteristic => ({ family, name, value });

describe('mergeCharacteristicValues (GENESIS_FEED.md rule 2)', () => {
  test.each<[string, StoredCharacteristic[], StoredCharacteristic[], boolean, ReturnType<typeof mergeCharacteristicValues>]>([
    ['new file: every value opens, no droit event', [], [v('Etat du droit', '2'), v('Orientation', null)], true,
      { close: [], open: [v('Etat du droit', '2')], events: [], changed: false }],
    ['same values: nothing', [v('Etat du droit', '2')], [v('Etat du droit', '2')], false,
      { close: [], open: [], events: [], changed: false }],
    ['état du droit changes: closed, opened, droit event', [v('Etat du droit', '2')], [v('Etat du droit', '5')], false,
      { close: [v('Etat du droit', '2')], open: [v('Etat du droit', '5')], events: [{ name: 'Etat du droit', oldValue: '2', newValue: '5' }], changed: true }],
    ['a date changes: history, no droit event', [v('Date état du droit', '2026-01-01')], [v('Date état du droit', '2026-02-01')], false,
      { close: [v('Date état du droit', '2026-01-01')], open: [v('Date état du droit', '2026-02-01')], events: [], changed: true }],
    ['a value no longer in the row: closed only', [v('Motif de clôture', 'X')], [v('Motif de clôture', null)], false,
      { close: [v('Motif de clôture', 'X')], open: [], events: [], changed: true }],
    ['an orientation appears: droit event from nothing', [], [v('Orientation', 'SOC')], false,
      { close: [], open: [v('Orientation', 'SOC')], events: [{ name: 'Orientation', oldValue: null, newValue: 'SOC' }], changed: true }],
    ['same name in another family is another characteristic', [v('Organisme', 'CAF', 'AdministratifCD07')], [v('Organisme', 'CAF', 'Situation RSA')], false,
      { close: [v('Organisme', 'CAF', 'AdministratifCD07')], open: [v('Organisme', 'CAF', 'Situation RSA')], events: [], changed: true }],
  ])('%s', (_name, current, row, isNew, expected) => {
    expect(mergeCharacteristicValues(current, row, isNew)).toEqual(expected);
  });
});
