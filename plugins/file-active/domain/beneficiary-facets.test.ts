import { checkBeneficiaryFacets, referentIdsOf, type FacetLookups } from './beneficiary-facets';
import type { CharacteristicCatalogue } from './characteristic-catalogue';

const catalogue: CharacteristicCatalogue = [
  {
    family: 'Situation RSA', name: 'Etat du droit', source: 'genesis', required: false, type: 'list',
    values: [
      { code: '2', label: 'Droit ouvert et versable', active: true },
      { code: '5', label: 'Droit clos', active: true, aliases: ['clos'] },
      { code: '9', label: 'Ancien état', active: false },
    ],
  },
  { family: 'AdministratifCD07', name: 'Motif demande de MIDEM', source: 'user', required: false, type: 'text' },
];

const known: FacetLookups = {
  catalogue,
  territories: new Set(['NORD', 'SUD']),
  communes: new Set(['07186', '07010']),
  annexCodes: { job_wish: new Set(['M1']), sector_wish: new Set(['S1']), skill: new Set(['C1']), difficulty: new Set(['D1', 'D-OLD']) },
  collaborators: new Set([3]),
};

test.each<[string, Record<string, unknown>, string | null]>([
  ['no criteria', {}, null],
  ['a state of the vocabulary', { state: 'veille' }, null],
  ['an unknown state', { state: 'perdu' }, 'État inconnu : perdu. États possibles : entrée, veille, sortie.'],
  ['a territory, any case', { territory: 'nord' }, null],
  ['an unknown territory', { territory: 'OUEST' }, 'Territoire inconnu : OUEST.'],
  ['communes of the CMS', { commune: ['07186', '07010'] }, null],
  ['one unknown commune among them', { commune: ['07186', '99999'] }, 'Commune inconnue (code INSEE) : 99999.'],
  ['a known référent', { referentId: 3 }, null],
  ['an unknown référent', { referentId: 4 }, 'Référent inconnu : choisissez un collaborateur de la liste.'],
  ['a list value by code', { characteristic: { family: 'Situation RSA', name: 'Etat du droit', value: '5' } }, null],
  ['a list value by label, accents and case ignored', { characteristic: [{ family: 'situation rsa', name: 'ÉTAT DU DROIT', value: 'droit CLOS' }] }, null],
  ['a deactivated value still finds old files', { characteristic: { family: 'Situation RSA', name: 'Etat du droit', value: '9' } }, null],
  ['a value outside the list', { characteristic: { family: 'Situation RSA', name: 'Etat du droit', value: 'suspendu' } }, '« suspendu » ne figure pas dans la liste « Etat du droit ». Valeurs possibles : Droit ouvert et versable, Droit clos.'],
  ['free text is not a list', { characteristic: { family: 'AdministratifCD07', name: 'Motif demande de MIDEM', value: 'n’importe quoi' } }, null],
  ['a name without family', { characteristic: { name: 'Etat du droit' } }, null],
  ['an unknown family', { characteristic: { family: 'Loisirs', name: 'Sport' } }, 'Famille de caractéristiques inconnue : Loisirs.'],
  ['an unknown characteristic', { characteristic: { family: 'Situation RSA', name: 'Couleur' } }, 'Caractéristique inconnue : Situation RSA / Couleur.'],
  ['annex data of the lists, deactivated codes too', { annex: [{ kind: 'job_wish', code: 'M1' }, { kind: 'difficulty', code: 'D-OLD' }] }, null],
  ['an unknown annex kind', { annex: [{ kind: 'loisir', code: 'M1' }] }, 'Type de donnée annexe inconnu : loisir.'],
  ['an annex code of another list', { annex: [{ kind: 'skill', code: 'M1' }] }, 'Donnée annexe inconnue : M1.'],
])('%s', (_, filter, message) => {
  const result = checkBeneficiaryFacets(filter, known);
  expect(result.ok ? null : result.message).toBe(message);
});

test('referentIdsOf: the ids a filter names, whatever their spelling', () => {
  expect(referentIdsOf({ referentId: '3' })).toEqual([3]);
  expect(referentIdsOf({ referentId: [3, 'x', 0] })).toEqual([3]);
  expect(referentIdsOf({})).toEqual([]);
});
