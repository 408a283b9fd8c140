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
