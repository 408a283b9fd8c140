// "Today" for every rule of the product is the calendar date in Europe/Paris (ACCESS.md:
// access ends the day after a sortie date). APP_NOW pins "now" and APP_TODAY "today" for demos and
// tests, hence these server-side wrappers around the shared definition. A pinned "now" pins
// "today" too: otherwise a server started with APP_NOW alone would list a report's default period
// (the last 30 days) or the perimeter on the machine's date while its appointments live at APP_NOW.
import { todayInParis as parisDay } from '@rsa/vocabulary';

/** The current instant, or the one APP_NOW pins. */
export const appNow = (): Date => (process.env.APP_NOW ? new Date(process.env.APP_NOW) : new Date());

export const todayInParis = (now?: Date): string => process.env.APP_TODAY || parisDay(now ?? appNow());
