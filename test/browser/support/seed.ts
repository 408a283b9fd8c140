// Demo people for the browser tests: a référent who holds files in the sample feeds, a
// secretariat and a cadre of the same territory, a siège user; then the three sample feeds.
import type { TestApp } from '../../support/test-app';
import { SAMPLE_FEEDS } from '../../support/fixtures';

export const PASSWORD = 'Accompagnement-RSA-2026';

export const USERS = {
  // Holds five files of the NORD territory in the sample feeds, among them SOUBEYRAND Anaïs.
  referent: { login: 'djilali.teyssier34', name: 'Djilali TEYSSIER', profiles: ['referent'], structure: 'DTAS-NORD', territory: 'NORD' },
  secretariat: { login: 'sec.nord', name: 'Sophie SECRÉTARIAT', profiles: ['secretariat'], structure: 'DTAS-NORD', territory: 'NORD' },
  cadre: { login: 'cadre.nord', name: 'Claire CADRE', profiles: ['cadre'], structure: 'DTAS-NORD', territory: 'NORD' },
  siege: { login: 'siege.dep', name: 'Simon SIÈGE', profiles: ['siege'], structure: 'SIEGE', territory: 'NORD' },
} as const;

export async function seedUsers(app: TestApp): Promise<void> {
  const users = app.strapi.plugin('accounts').service('users');
  for (const user of Object.values(USERS)) {
    await users.upsert({ ...user, profiles: [...user.profiles], password: PASSWORD });
  }
}

export async function importSampleFeeds(app: TestApp): Promise<void> {
  const feedImport = app.strapi.plugin('genesis').service('feed-import');
  for (const file of SAMPLE_FEEDS) await feedImport.run({ file });
}

/** The file most browser tests open: SOUBEYRAND Anaïs, in the référent's caseload (sample feeds). */
export async function soubeyrand(app: TestApp): Promise<{ id: number; fileNumber: string }> {
  const [file] = (await app.strapi.db
    .query('plugin::file-active.beneficiary')
    .findMany({ where: { lastName: 'SOUBEYRAND', firstName: 'Anaïs' }, limit: 1 })) as Array<{ id: number; fileNumber: string }>;
  return { id: file.id, fileNumber: file.fileNumber };
}

/** The référent as the services know their caller (to write what a test starts from). */
export async function referentCaller(app: TestApp) {
  const { id } = (await app.strapi.db.connection('console_users').where({ login: USERS.referent.login }).first()) as { id: number };
  return { id, login: USERS.referent.login, name: USERS.referent.name, profiles: [...USERS.referent.profiles], structureCode: USERS.referent.structure, territoryCode: USERS.referent.territory };
}
