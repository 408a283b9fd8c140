// "Today" for every rule of the product is the calendar date in Europe/Paris (ACCESS.md:
// access ends the day after a sortie date). APP_TODAY pins it for demos and tests, hence this
// server-side wrapper around the shared definition.
import { todayInParis as parisDay } from '@rsa/vocabulary';

export const todayInParis = (now: Date = new Date()): string => process.env.APP_TODAY || parisDay(now);
