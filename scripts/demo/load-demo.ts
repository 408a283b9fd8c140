// First start on an empty database: a generated Genesis feed (400 households, 3 days ending
// today) is imported, and one account per profile is created so that every demo account has
// something to see. Two pool référents are renamed in the files to the demo référents.
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { generateFeeds, REFERENTS_FILE } from '../genesis-generator/generate-feeds';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';
import { loadFseDemo } from './demo-fse';

type PoolReferent = { login: string; name: string; structure: string; territory: string };

const DEMO_HOUSEHOLDS = Number(process.env.DEMO_HOUSEHOLDS ?? 400);
const DEMO_SEED = 2026;

const isoDaysAgo = (days: number): string => {
  const d = new Date(`${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

/** Rewrites REFERENT_ID / REFERENT_NOM of two pool référents to the demo référents. */
const renameReferents = (file: string, renames: Array<{ from: PoolReferent; to: { login: string; name: string } }>): void => {
  let text = fs.readFileSync(file, 'utf8');
  for (const { from, to } of renames) text = text.split(`;${from.login};${from.name};`).join(`;${to.login};${to.name};`);
  fs.writeFileSync(file, text);
};

export const loadDemoIfEmpty = async (strapi: Core.Strapi): Promise<boolean> => {
  const users = await strapi.db.query('plugin::accounts.console-user').count({ where: { canLogin: true } });
  const files = await strapi.db.query('plugin::file-active.beneficiary').count();
  if (users > 0 || files > 0) return false;
  strapi.log.info(`Démonstration : génération d'un flux Genesis (${DEMO_HOUSEHOLDS} foyers, 3 jours) et des comptes de démonstration…`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-demo-'));
  try {
    const feeds = await generateFeeds({ households: DEMO_HOUSEHOLDS, days: 3, seed: DEMO_SEED, outDir: dir, start: isoDaysAgo(2) });
    const pool = JSON.parse(fs.readFileSync(path.join(dir, REFERENTS_FILE), 'utf8')) as PoolReferent[];
    const internal = pool.find((r) => r.structure === 'DTAS-NORD') ?? pool[0];
    const external = pool.find((r) => !r.structure.startsWith('DTAS-') && r.login.includes('.')) ?? pool[1];
    const accounts = demoAccounts(external.structure, external.territory);
    const renames = [
      { from: internal, to: accounts[0] },
      { from: external, to: accounts[1] },
    ];
    for (const feed of feeds) {
      renameReferents(feed, renames);
      const summary = await strapi.plugin('genesis').service('feed-import').run({ file: feed, trigger: 'demo' });
      strapi.log.info(`Démonstration : ${path.basename(feed)} importé (${summary.created} créés, ${summary.updated} mis à jour).`);
    }
    for (const account of accounts) {
      await strapi.plugin('accounts').service('users').upsert({ ...account, password: DEMO_PASSWORD });
    }
    await loadFseDemo(strapi, accounts[1].login, isoDaysAgo(0));
    strapi.log.info(`Démonstration prête : comptes ${accounts.map((a) => a.login).join(', ')} — mot de passe ${DEMO_PASSWORD}`);
    return true;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
