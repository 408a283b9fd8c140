// Console collaborators: creation and update (users:upsert, the Genesis import's unknown
// référents), and the public view of an account.
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { hashPassword } from '../../../domain/password-hash';
import { checkPassword } from '../../../domain/password-policy';
import { checkProfileList, isProfile, type Profile } from '@rsa/vocabulary';
import { normalizeLogin, validateLogin } from '../../../domain/login-validation';

export const USER_UID = 'plugin::accounts.console-user';

export type UserRow = {
  id: number;
  login: string;
  name: string;
  email: string | null;
  passwordHash: string | null;
  profiles: Profile[] | null;
  structureCode: string | null;
  territoryCode: string | null;
  canLogin: boolean;
  active: boolean;
};

export type UpsertInput = {
  login: string;
  password?: string | null;
  profiles: string[];
  structure: string;
  territory?: string | null;
  name?: string | null;
  email?: string | null;
};

export const toConsoleUser = (row: UserRow): ConsoleUser => ({
  id: row.id,
  login: row.login,
  name: row.name,
  profiles: (row.profiles ?? []).filter(isProfile),
  structureCode: row.structureCode,
  territoryCode: row.territoryCode,
});

// "jean.dupont" → "Jean DUPONT": a readable default when no name is given.
const nameFromLogin = (login: string): string => {
  const parts = login.replace(/[0-9]+$/, '').split(/[._-]+/).filter(Boolean);
  if (parts.length < 2) return login;
  const [first, ...rest] = parts;
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${rest.join(' ').toUpperCase()}`;
};

const splitName = (name: string): { firstName: string; lastName: string } => {
  const [firstName = '', ...rest] = name.split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findByLogin(login: string): Promise<UserRow | null> {
    return (await strapi.db.query(USER_UID).findOne({ where: { login: normalizeLogin(login) } })) as UserRow | null;
  },

  async findById(id: number): Promise<UserRow | null> {
    return (await strapi.db.query(USER_UID).findOne({ where: { id } })) as UserRow | null;
  },

  /** Creates or updates a collaborator; refuses a password that breaks the policy (422). */
  async upsert(input: UpsertInput): Promise<{ user: UserRow; created: boolean }> {
    const loginCheck = validateLogin(input.login);
    if (!loginCheck.ok) throw new ConsoleError(422, loginCheck.message);
    const login = loginCheck.login;
    const profileCheck = checkProfileList(input.profiles);
    if (!profileCheck.ok) throw new ConsoleError(422, profileCheck.message);
    const { profiles } = profileCheck;
    if (!input.structure?.trim()) throw new ConsoleError(422, 'La structure est obligatoire.');
    const organisation = strapi.plugin('accounts').service('organisation');
    const structure = (await organisation.requireStructure(input.structure)) as { code: string };
    const territoryCode = input.territory?.trim() ? ((await organisation.requireTerritory(input.territory)) as string) : null;

    const existing = await this.findByLogin(login);
    const name = input.name?.trim() || existing?.name || nameFromLogin(login);
    const data: Record<string, unknown> = {
      login,
      name,
      profiles,
      structureCode: structure.code,
      territoryCode: territoryCode ?? existing?.territoryCode ?? null,
      active: true,
    };
    if (input.email !== undefined) data.email = input.email;
    if (input.password) {
      const check = checkPassword(input.password, { login, ...splitName(name) });
      if (!check.ok) throw new ConsoleError(422, `Mot de passe refusé : ${check.reasons.join(' ')}`);
      data.passwordHash = await hashPassword(input.password);
      data.passwordChangedAt = new Date();
      data.canLogin = true;
    }
    if (existing) {
      const user = (await strapi.db.query(USER_UID).update({ where: { id: existing.id }, data })) as UserRow;
      if (input.password) await strapi.plugin('accounts').service('sessions').revokeAll(existing.id);
      return { user, created: false };
    }
    const user = (await strapi.db.query(USER_UID).create({
      data: { canLogin: Boolean(input.password), ...data },
    })) as UserRow;
    return { user, created: true };
  },
});
