// A small world for the CER integration tests: collaborators of every profile, three files
// (two in territory CENTRE held by two référents, one in SUD), reference lists from the seed.
import { foldForSearch } from '@rsa/vocabulary';
import type { TestApp } from '../support/test-app';
import { http, login, type HttpResult } from '../support/http';

export const PASSWORD = 'Sécurité-Insertion-07';

export const USERS = {
  referent: { login: 'claire.roux', profiles: ['referent'], structure: 'DTAS-CENTRE', territory: 'CENTRE', name: 'Claire ROUX' },
  otherReferent: { login: 'paul.blanc', profiles: ['referent'], structure: 'DTAS-CENTRE', territory: 'CENTRE', name: 'Paul BLANC' },
  secretariat: { login: 'sophie.vernet', profiles: ['secretariat'], structure: 'DTAS-CENTRE', territory: 'CENTRE', name: 'Sophie VERNET' },
  cadre: { login: 'marc.faure', profiles: ['cadre'], structure: 'DTAS-CENTRE', territory: 'CENTRE', name: 'Marc FAURE' },
  siege: { login: 'anne.siege', profiles: ['siege'], structure: 'DTAS-CENTRE', territory: null, name: 'Anne SIEGE' },
  southSecretariat: { login: 'luc.sud', profiles: ['secretariat'], structure: 'DTAS-SUD', territory: 'SUD', name: 'Luc SUD' },
} as const;

export type Who = keyof typeof USERS;

export type World = {
  tokens: Record<Who, string>;
  files: { mine: number; other: number; south: number };
  call<T = Record<string, unknown>>(who: Who, method: string, path: string, body?: unknown): Promise<HttpResult<T>>;
  download(who: Who, path: string): Promise<{ status: number; bytes: Buffer; headers: Headers }>;
  sql<T = Record<string, unknown>>(query: string, bindings?: unknown[]): Promise<T[]>;
};

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []));

export const insertFile = async (
  app: TestApp,
  file: { fileNumber: string; lastName: string; firstName: string; territory: string; phone: string | null; referent: string; start?: string },
): Promise<number> => {
  const db = app.strapi.db.connection;
  const now = new Date();
  const [row] = rowsOf<{ id: number }>(
    await db.raw(
      `INSERT INTO beneficiaries (file_number, genesis_id, civility, last_name, first_name, birth_date, phone, email, address_line_1, postal_code, city,
         territory_code, search_text, created_at, updated_at) VALUES (?, ?, 'Madame', ?, ?, '1987-09-04', ?, 'personne@exemple.fr', '12 rue des Écoles', '07200', 'Aubenas', ?, ?, ?, ?) RETURNING id`,
      [file.fileNumber, `G${file.fileNumber}`, file.lastName, file.firstName, file.phone, file.territory, foldForSearch(`${file.lastName} ${file.firstName}`), now, now],
    ),
  );
  // The assignment carries the référent's structure, as the feed's REFERENT_STRUCTURE does.
  const structure = Object.values(USERS).find((u) => u.login === file.referent)?.structure ?? null;
  await db.raw(`INSERT INTO assignments (beneficiary_id, login, role, structure_code, start_date, end_date, source, created_at, updated_at) VALUES (?, ?, 'parcours', ?, ?, NULL, 'genesis', ?, ?)`, [
    row.id,
    file.referent,
    structure,
    file.start ?? '2024-01-02',
    now,
    now,
  ]);
  return Number(row.id);
};

export const buildWorld = async (app: TestApp): Promise<World> => {
  const users = app.strapi.plugin('accounts').service('users');
  for (const user of Object.values(USERS)) {
    await users.upsert({ ...user, profiles: [...user.profiles], password: PASSWORD });
  }
  const files = {
    mine: await insertFile(app, { fileNumber: '044506', lastName: 'Fayolle', firstName: 'Élodie', territory: 'CENTRE', phone: '+33612345678', referent: USERS.referent.login }),
    other: await insertFile(app, { fileNumber: '044507', lastName: 'Chabert', firstName: 'Louis', territory: 'CENTRE', phone: '+33475000000', referent: USERS.otherReferent.login }),
    south: await insertFile(app, { fileNumber: '051200', lastName: 'Teyssier', firstName: 'Nina', territory: 'SUD', phone: null, referent: 'inconnu.sud' }),
  };
  const tokens = {} as Record<Who, string>;
  for (const [who, user] of Object.entries(USERS)) tokens[who as Who] = await login(app.baseUrl, user.login, PASSWORD);
  return {
    tokens,
    files,
    call: (who, method, path, body) => http(app.baseUrl, method, `/api/console${path}`, { token: tokens[who], body }),
    async download(who, path) {
      const response = await fetch(`${app.baseUrl}/api/console${path}`, { headers: { Authorization: `Bearer ${tokens[who]}` } });
      return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
    },
    sql: async (query, bindings = []) => rowsOf(await app.strapi.db.connection.raw(query, bindings)),
  };
};

/** A CER of the référent's file with `objectives` objectives, in `proposition`. */
export const createCer = async (world: World, body: Record<string, unknown> = {}, objectives = 1): Promise<Record<string, unknown>> => {
  const created = await world.call('referent', 'POST', '/cers', {
    beneficiary: world.files.mine,
    start: '2024-06-01',
    end: '2024-11-30',
    signedOn: '2024-05-13',
    situation: 'Mère isolée, deux enfants.',
    evaluation: 'Démarches régulières.',
    expression: 'Souhaite travailler dans l’aide à domicile.',
    comment: 'NOTE-INTERNE-NE-PAS-IMPRIMER',
    ...body,
  });
  if (created.status !== 201) throw new Error(`CER non créé : ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id as number;
  for (let i = 0; i < objectives; i += 1) {
    const added = await world.call('referent', 'POST', `/cers/${id}/objectives`, { theme: i % 2 ? 'Formation' : 'Emploi', description: `Objectif ${i + 1} : candidater` });
    if (added.status !== 201) throw new Error(`objectif non ajouté : ${added.status} ${JSON.stringify(added.body)}`);
  }
  return (await world.call('referent', 'GET', `/cers/${id}`)).body;
};
