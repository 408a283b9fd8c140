import { isCalendarDate } from '@rsa/vocabulary';
import { addDays } from './calendar';
import type { GenerateFeedsOptions } from './generate-feeds';

export const GENERATE_HELP = `Usage : npm run genesis:generate -- [options]

Écrit des déversements Genesis fictifs mais réalistes (genesis_AAAAMMJJ.csv, un par jour
consécutif) et referents.json (les référents cités, pour créer leurs comptes).

  --households N   nombre de foyers du premier fichier (défaut : 1000 ; ~30 % de couples)
  --days K         nombre de fichiers, un par jour (défaut : 1) ; ~2 % des personnes
                   changent d'un jour à l'autre (réorientations, droits clos, déménagements,
                   sorties, entrées, SDD, orientation, MIDEM)
  --seed S         graine entière (défaut : 1) : mêmes options, fichiers identiques octet pour octet
  --out DIR        répertoire de sortie (défaut : .tmp/genesis)
  --start DATE     date d'extraction du premier fichier, AAAA-MM-JJ
                   (défaut : aujourd'hui − K + 1, le dernier fichier est daté d'aujourd'hui ;
                   donnez --start pour des fichiers reproductibles d'un jour à l'autre)
  --help           cette aide
`;

export type GenerateCommand = { kind: 'help' } | { kind: 'generate'; options: Omit<GenerateFeedsOptions, 'onFile'> };

const DEFAULTS = { households: 1000, days: 1, seed: 1, outDir: '.tmp/genesis' };

/**
 * Reads the command line (without `node` and the script). `today` (`YYYY-MM-DD`) is passed in so
 * the default start date is testable. Throws an Error with a French message on bad input.
 */
export const parseGenerateArgs = (argv: readonly string[], today: string): GenerateCommand => {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    const match = /^--(households|days|seed|out|start)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Option inconnue : ${arg} (voir --help)`);
    const value = match[2] ?? argv[++index];
    if (value === undefined || value === '') throw new Error(`Valeur manquante pour --${match[1]}`);
    values.set(match[1], value);
  }
  const days = integer(values.get('days'), 'days', DEFAULTS.days, 1);
  const start = values.get('start') ?? addDays(today, 1 - days);
  if (!isCalendarDate(start)) throw new Error(`Date invalide pour --start : ${start} (attendu : AAAA-MM-JJ)`);
  return {
    kind: 'generate',
    options: {
      households: integer(values.get('households'), 'households', DEFAULTS.households, 1),
      days,
      seed: integer(values.get('seed'), 'seed', DEFAULTS.seed, 0),
      outDir: values.get('out') ?? DEFAULTS.outDir,
      start,
    },
  };
};

const integer = (text: string | undefined, name: string, fallback: number, min: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    throw new Error(`Valeur invalide pour --${name} : ${text} (entier ≥ ${min} attendu)`);
  }
  return value;
};
