import { parseGenerateArgs } from './generate-args';

const TODAY = '2026-11-28';

test.each<[string[], object]>([
  [[], { households: 1000, days: 1, seed: 1, outDir: '.tmp/genesis', start: '2026-11-28' }],
  [['--households', '100000', '--days', '2', '--seed', '7', '--out', '/tmp/x'], { households: 100000, days: 2, seed: 7, outDir: '/tmp/x', start: '2026-11-27' }],
  [['--days=3', '--start=2026-11-02'], { days: 3, start: '2026-11-02' }],
  [['--days', '30'], { start: '2026-10-30' }],
  [['--seed', '0'], { seed: 0 }],
])('%j', (argv, expected) => {
  expect(parseGenerateArgs(argv, TODAY)).toEqual({ kind: 'generate', options: expect.objectContaining(expected) });
});

test.each([[['--help']], [['-h']], [['--days', '2', '--help']]])('%j asks for help', (argv) => {
  expect(parseGenerateArgs(argv, TODAY)).toEqual({ kind: 'help' });
});

test.each<[string[], string]>([
  [['--households', '0'], 'Valeur invalide pour --households : 0 (entier ≥ 1 attendu)'],
  [['--households', '1e3'], 'Valeur invalide pour --households : 1e3 (entier ≥ 1 attendu)'],
  [['--days', '-1'], 'Valeur invalide pour --days : -1 (entier ≥ 1 attendu)'],
  [['--seed', 'abc'], 'Valeur invalide pour --seed : abc (entier ≥ 0 attendu)'],
  [['--start', '2026-02-30'], 'Date invalide pour --start : 2026-02-30 (attendu : AAAA-MM-JJ)'],
  [['--start', '02/11/2026'], 'Date invalide pour --start : 02/11/2026 (attendu : AAAA-MM-JJ)'],
  [['--out'], 'Valeur manquante pour --out'],
  [['--verbose'], 'Option inconnue : --verbose (voir --help)'],
  [['feeds'], 'Option inconnue : feeds (voir --help)'],
])('%j is refused', (argv, message) => {
  expect(() => parseGenerateArgs(argv, TODAY)).toThrow(message);
});
