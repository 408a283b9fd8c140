// "Today" for every rule of the product is the calendar date in Europe/Paris (ACCESS.md:
// access ends the day after a sortie date). APP_TODAY pins it for demos and tests.
const PARIS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

export const todayInParis = (now: Date = new Date()): string => process.env.APP_TODAY || PARIS.format(now);
