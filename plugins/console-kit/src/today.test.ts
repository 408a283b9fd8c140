// A pinned "now" (APP_NOW) pins "today" as well, unless APP_TODAY says otherwise.
import { appNow, todayInParis } from './today';

const saved = { now: process.env.APP_NOW, today: process.env.APP_TODAY };
const restore = (name: 'APP_NOW' | 'APP_TODAY', value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
afterEach(() => {
  restore('APP_NOW', saved.now);
  restore('APP_TODAY', saved.today);
});

test('APP_NOW pins now and today (the Paris day of that instant)', () => {
  delete process.env.APP_TODAY;
  process.env.APP_NOW = '2027-02-28T23:30:00.000Z'; // 00:30 on 1 March in Paris
  expect(appNow().toISOString()).toBe('2027-02-28T23:30:00.000Z');
  expect(todayInParis()).toBe('2027-03-01');
});

test('APP_TODAY wins over APP_NOW; an explicit instant is read as given', () => {
  process.env.APP_NOW = '2027-03-01T07:00:00.000Z';
  process.env.APP_TODAY = '2027-01-04';
  expect(todayInParis()).toBe('2027-01-04');
  delete process.env.APP_TODAY;
  expect(todayInParis(new Date('2026-07-14T12:00:00.000Z'))).toBe('2026-07-14');
});
