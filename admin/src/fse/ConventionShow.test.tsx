// A convention's page: the two pastilles, the entry questionnaire opened from its red pastille's
// button, answered and sent as the API names it; the exit waiting for the real end; a
// taken-over questionnaire without a button.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { ConventionView } from './ConventionShow';
import { fseMethods } from './fse-methods';
import type { ConventionDetail, Question } from './fse.type';

jest.mock('./fse-methods', () => ({ fseMethods: { saveQuestionnaire: jest.fn(), exportParticipants: jest.fn() } }));

const yesNo = [{ code: 'oui', label: 'Oui', active: true }, { code: 'non', label: 'Non', active: true }];
const questions: Question[] = [
  { code: 'situation_emploi', label: 'Situation sur le marché du travail à l’entrée', indicator: null, multiple: false, required: true, choices: [{ code: 'chomeur', label: 'Chômeur', active: true }, { code: 'inactif', label: 'Inactif', active: true }] },
  { code: 'menage', label: 'Situation du ménage', indicator: null, multiple: true, required: false, choices: [{ code: 'sans_emploi', label: 'Sans emploi', active: true }, { code: 'enfants', label: 'Avec enfants à charge', active: true }] },
  { code: 'handicap', label: 'Reconnaissance d’un handicap', indicator: null, multiple: false, required: true, choices: yesNo },
];

const detail: ConventionDetail = {
  id: 3, beneficiary: 7, fileNumber: '044506', beneficiaryName: 'SOUBEYRAND Anaïs', offerTitle: 'FSE 2027 Accompagnateurs emploi', operationCode: 'FSE-2027', operationName: 'FSE 2027',
  operatorName: 'CEFORA', realStart: '2027-01-15', realEnd: null, entryStatus: 'missing', exitStatus: 'unavailable', complete: false, canFill: true, canReadAnswers: true,
  entry: { kind: 'entry', status: 'missing', source: null, readOnly: false, savedAt: null, savedBy: null, answers: null, questions },
  exit: { kind: 'exit', status: 'unavailable', source: null, readOnly: false, savedAt: null, savedBy: null, answers: null, questions: [] },
};

const renderView = (d: ConventionDetail, onSaved = jest.fn()) => {
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider}>
      <ConventionView detail={d} onSaved={onSaved} />
    </AdminContext>,
  );
  return onSaved;
};

test('red entry, grey exit that waits for the real end; the entry is answered and sent', async () => {
  const saved = { ...detail, entryStatus: 'complete' as const, entry: { ...detail.entry, status: 'complete' as const, answers: { situation_emploi: 'inactif', handicap: 'non', menage: ['enfants'] } } };
  (fseMethods.saveQuestionnaire as jest.Mock).mockResolvedValue(saved);
  const onSaved = renderView(detail);
  const entry = screen.getByRole('region', { name: 'Questionnaire d’entrée' });
  expect(within(entry).getByLabelText('Questionnaire d’entrée : À saisir')).toBeTruthy();
  const exit = screen.getByRole('region', { name: 'Questionnaire de sortie' });
  expect(within(exit).getByLabelText('Questionnaire de sortie : Pas encore possible')).toBeTruthy();
  expect(within(exit).getByText('Le questionnaire de sortie se saisit une fois la date de fin réelle de l’étape saisie.')).toBeTruthy();
  expect(within(exit).queryByRole('button')).toBeNull();
  fireEvent.click(within(entry).getByRole('button', { name: 'Saisir — questionnaire d’entrée' }));
  fireEvent.click(within(entry).getByRole('radio', { name: 'Inactif' }));
  fireEvent.click(within(entry).getByRole('radio', { name: 'Non' }));
  fireEvent.click(within(entry).getByRole('checkbox', { name: 'Avec enfants à charge' }));
  fireEvent.click(within(entry).getByRole('button', { name: 'Enregistrer le questionnaire' }));
  await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
  expect((fseMethods.saveQuestionnaire as jest.Mock).mock.calls[0]).toEqual([3, 'entry', { situation_emploi: 'inactif', handicap: 'non', menage: ['enfants'] }]);
});

test('a questionnaire taken over from the previous tool shows its answers, read-only', () => {
  renderView({ ...detail, entryStatus: 'complete', entry: { ...detail.entry, status: 'complete', source: 'reprise', readOnly: true, answers: { situation_emploi: 'chomeur', handicap: 'oui' } } });
  const entry = screen.getByRole('region', { name: 'Questionnaire d’entrée' });
  expect(within(entry).getByText('Repris de l’ancien outil : lecture seule')).toBeTruthy();
  expect(within(entry).getByText('Chômeur')).toBeTruthy();
  expect(within(entry).getByText('Sans réponse')).toBeTruthy();
  expect(within(entry).queryByRole('button')).toBeNull();
});
