import { describeFilter, type FilterLookups } from './describe-filter';
import { appMessages } from '../i18n/messages';

// The catalogue's own words, with react-admin's %{name} interpolation.
const t = (key: string, options: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], appMessages) as string;
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name]));
};

const lookups: FilterLookups = {
  collaborator: (id) => (id === 3 ? 'Djilali TEYSSIER' : undefined),
  characteristicValue: (_family, name, code) => (name === 'Etat du droit' && code === '5' ? 'Droit clos' : undefined),
  annex: (kind, code) => (kind === 'skill' && code === 'C1' ? 'Permis B' : undefined),
  selection: (id) => (id === 7 ? 'Sélection « Atelier CV »' : undefined),
};

test('criteria in French, names and labels from the lookups, unknown codes as they are', () => {
  expect(
    describeFilter(
      {
        q: 'soubeyrand',
        state: 'veille',
        referentId: 3,
        territory: 'NORD',
        commune: ['07186', '07010'],
        characteristic: [{ family: 'Situation RSA', name: 'Etat du droit', value: '5' }, { family: 'X', name: 'Motif', value: 'libre' }, { family: 'X', name: 'Seule' }],
        annex: [{ kind: 'skill', code: 'C1' }, { kind: 'skill', code: 'C9' }],
        recent: true,
      },
      t as never,
      lookups,
    ),
  ).toEqual([
    'Texte : soubeyrand',
    'État : Veille',
    'Référent : Djilali TEYSSIER',
    'Territoire : NORD',
    'Communes : 07186, 07010',
    'Caractéristique : Etat du droit = Droit clos',
    'Caractéristique : Motif = libre',
    'Caractéristique : Seule',
    'Donnée annexe : Permis B',
    'Donnée annexe : C9',
  ]);
  expect(describeFilter({ selection: 7, referentId: 9 }, t as never, lookups)).toEqual(['Sélection « Atelier CV »', 'Référent : n° 9']);
  expect(describeFilter({ q: '', recent: true }, t as never, lookups)).toEqual([]);
});
