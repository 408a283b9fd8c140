import type { ConsoleUser, Profile } from '@rsa/vocabulary';
import { ConsoleError } from './console-error';
import type { HttpContext } from './http-context';

/** The authenticated collaborator of a console request (set by the accounts plugin). */
export type { ConsoleUser, Profile } from '@rsa/vocabulary';

export const requireConsoleUser = (ctx: HttpContext): ConsoleUser => {
  const user = ctx.state.consoleUser;
  if (!user) throw new ConsoleError(401, 'Session expirée ou absente : veuillez vous reconnecter.');
  return user;
};

export const hasProfile = (user: ConsoleUser, ...profiles: Profile[]): boolean =>
  user.profiles.some((p) => profiles.includes(p));
