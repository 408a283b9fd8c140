import fs from 'fs';
import os from 'os';
import path from 'path';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
export const SAMPLE_FEEDS = ['genesis_20261102.csv', 'genesis_20261103.csv', 'genesis_20261104.csv'].map((f) => path.join(FIXTURES, 'genesis', f));

/** A temp copy of a text feed, optionally edited, under a chosen name. */
export const writeFeed = (name: string, content: string | Buffer): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-feed-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

export const readSample = (index: number): string => fs.readFileSync(SAMPLE_FEEDS[index], 'utf8');
