import type { Profile } from '@rsa/vocabulary';
import { ConsoleError } from './console-error';
import type { HttpContext } from './http-context';

export type { Profile } from '@rsa/vocabulary';

/** The authenticated collaborator of a console request (set by the accounts plugin). */
export type ConsoleUser = {
  id: number;
  login: string;
  name: string;
  profiles: Profile[];
  structureCode: string | null;
  territoryCode: string | null;
};

export const requireConsoleUser = (ctx: HttpContext): ConsoleUser => {
  const user = ctx.state.consoleUser;
  if (!user) throw new ConsoleError(401, 'Session expirée ou absente : veuillez vous reconnecter.');
  return user;
};

export const hasProfile = (user: ConsoleUser, ...profiles: Profile[]): boolean =>
  user.profiles.some((p) => profiles.includes(p));
