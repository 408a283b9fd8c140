// Collaborators as the console's pickers see them (note recipients, référents d'étape), and the
// one way to ask "could this collaborator see that file?" (an attributed note needs it).
import type { Core } from '@strapi/strapi';
import { ConsoleError, hasProfile, type ConsoleUser, type Profile } from '@rsa/console-kit';
import { foldForSearch } from '@rsa/vocabulary';
import { foldSql, placeholders, rowsOf, type Knex } from './sql';

type UserRow = { id: number; login: string; name: string; profiles: unknown; structure_code: string | null; territory_code: string | null; structure_name?: string | null };

const parseProfiles = (raw: unknown): Profile[] => {
  const value = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  return Array.isArray(value) ? (value.filter((p) => typeof p === 'string') as Profile[]) : [];
};

const toConsoleUser = (r: UserRow): ConsoleUser => ({
  id: Number(r.id),
  login: r.login,
  name: r.name,
  profiles: parseProfiles(r.profiles),
  structureCode: r.structure_code,
  territoryCode: r.territory_code,
});

// Profiles with a collaborator picker: those who write notes or add référents d'étape on files,
// and the readers of the audit journal (its user filter).
const PICKER_PROFILES: Profile[] = ['referent', 'referent_fse', 'secretariat', 'secretariat_structure', 'cadre', 'siege'];

const ACTIVE_SQL = 'u.active = ? AND u.can_login = ?';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  /** Active collaborators by name or login; `profiles` keeps those holding one of them. */
  const search = async (q: string, limit = 50, profiles: string[] = []) => {
    const tokens = foldForSearch(q).split(' ').filter(Boolean).slice(0, 4);
    const where = tokens.map(() => `(${foldSql('u.name')} LIKE ? OR LOWER(u.login) LIKE ?)`);
    const bindings: unknown[] = tokens.flatMap((t) => [`%${t}%`, `%${t}%`]);
    if (profiles.length) {
      // The JSON array as text on both databases: ["referent","cadre"] / ["referent", "cadre"].
      where.push(`(${profiles.map(() => 'CAST(u.profiles AS TEXT) LIKE ?').join(' OR ')})`);
      bindings.push(...profiles.map((p) => `%"${p.replace(/[^a-z_]/g, '')}"%`));
    }
    const rows = rowsOf<UserRow>(
      await knex().raw(
        `SELECT u.id, u.login, u.name, u.profiles, u.structure_code, u.territory_code, st.name AS structure_name
           FROM console_users u LEFT JOIN structures st ON st.code = u.structure_code
          WHERE ${[ACTIVE_SQL, ...where].join(' AND ')} ORDER BY u.name, u.login LIMIT ?`,
        [true, true, ...bindings, limit],
      ),
    );
    return rows.map((r) => {
      const u = toConsoleUser(r);
      // The structure's name is the CMS's, never a copy: a rename shows at once.
      return { id: u.id, login: u.login, name: u.name, structureCode: u.structureCode, structureName: r.structure_name ?? null, territoryCode: u.territoryCode, profiles: u.profiles };
    });
  };

  /** The collaborators a picker already holds (react-admin's getMany), active or not. */
  const byIds = async (ids: number[]) => {
    if (ids.length === 0) return [];
    const rows = rowsOf<UserRow>(
      await knex().raw(
        `SELECT u.id, u.login, u.name, u.profiles, u.structure_code, u.territory_code, st.name AS structure_name
           FROM console_users u LEFT JOIN structures st ON st.code = u.structure_code WHERE u.id IN (${placeholders(ids)})`,
        ids,
      ),
    );
    return rows.map((r) => ({ id: Number(r.id), login: r.login, name: r.name, structureCode: r.structure_code, structureName: r.structure_name ?? null, territoryCode: r.territory_code }));
  };

  return {
    /**
     * The collaborator pickers (note recipients, référents d'étape, the journal's user filter):
     * only for profiles that have a picker to fill. Opérateurs and gestionnaires FSE never act on
     * a file nor read the journal, so the staff directory is none of their business (403).
     */
    async pick(user: ConsoleUser, request: { q: string; ids?: number[]; profiles?: string[] }, limit = 50) {
      if (!hasProfile(user, ...PICKER_PROFILES)) throw new ConsoleError(403, 'L’annuaire des collaborateurs n’est pas ouvert à votre profil.');
      const rows = request.ids ? await byIds(request.ids) : await search(request.q, limit, request.profiles);
      // What a picker shows and sends: who (name, login) and where (structure, territory).
      return rows.map(({ id, login, name, structureCode, structureName, territoryCode }) => ({ id, login, name, structureCode, structureName, territoryCode }));
    },

    search,

    /** Structures or territories (DTAS) by code or name, the code as id; `ids` resolves a picker's value. */
    async codes(table: 'structures' | 'territories', q: string, ids: string[] = [], limit = 50) {
      const tokens = foldForSearch(q).split(' ').filter(Boolean).slice(0, 4);
      const where = tokens.map(() => `(${foldSql('x.name')} LIKE ? OR LOWER(x.code) LIKE ?)`);
      const bindings: unknown[] = tokens.flatMap((t) => [`%${t}%`, `%${t}%`]);
      if (ids.length) {
        where.push(`x.code IN (${ids.map(() => '?').join(', ')})`);
        bindings.push(...ids);
      }
      const rows = rowsOf<{ code: string; name: string }>(
        await knex().raw(`SELECT x.code, x.name FROM ${table} x${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY x.name, x.code LIMIT ?`, [...bindings, limit]),
      );
      return rows.map((r) => ({ id: r.code, code: r.code, name: r.name }));
    },

    /** Communes of the CMS by name, postal or INSEE code, the INSEE code as id; `ids` resolves a picker's value. */
    async communes(q: string, ids: string[] = [], limit = 50) {
      const tokens = foldForSearch(q).split(' ').filter(Boolean).slice(0, 4);
      const where = tokens.map(() => `(${foldSql('c.name')} LIKE ? OR c.insee_code LIKE ? OR c.postal_code LIKE ?)`);
      const bindings: unknown[] = tokens.flatMap((t) => [`%${t}%`, `${t}%`, `${t}%`]);
      if (ids.length) {
        where.push(`c.insee_code IN (${placeholders(ids)})`);
        bindings.push(...ids);
      }
      const rows = rowsOf<{ insee_code: string; name: string; postal_code: string | null }>(
        await knex().raw(`SELECT c.insee_code, c.name, c.postal_code FROM communes c${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY c.name, c.insee_code LIMIT ?`, [...bindings, limit]),
      );
      return rows.map((r) => ({ id: r.insee_code, inseeCode: r.insee_code, name: r.name, postalCode: r.postal_code }));
    },

    /** The active collaborator with this login, as a console user; null when unknown or inactive. */
    async findActive(login: string): Promise<ConsoleUser | null> {
      const [row] = rowsOf<UserRow>(
        await knex().raw(`SELECT u.id, u.login, u.name, u.profiles, u.structure_code, u.territory_code FROM console_users u WHERE u.login = ? AND ${ACTIVE_SQL}`, [
          login.trim().toLowerCase(), true, true,
        ]),
      );
      return row ? toConsoleUser(row) : null;
    },

    async names(logins: string[]): Promise<Map<string, string>> {
      const unique = [...new Set(logins.filter(Boolean))];
      if (unique.length === 0) return new Map();
      const rows = rowsOf<{ login: string; name: string }>(
        await knex().raw(`SELECT login, name FROM console_users WHERE login IN (${unique.map(() => '?').join(', ')})`, unique),
      );
      return new Map(rows.map((r) => [r.login, r.name]));
    },
  };
};
