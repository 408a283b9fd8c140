// The Résumé's « Entretiens » block with a fake server: last and next appointment in French
// (jj/mm/aaaa à hh:mm, Paris wall-clock as the server sends it), the no-show count, « Aucun »
// when there is none, and a French line when the server refuses.
import { render, screen, within } from '@testing-library/react';
import { AdminContext, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { AppointmentsSummarySection, type AppointmentSummary } from './AppointmentsSummarySection';

const renderWith = (getOne: (resource: string, params: { id: number }) => Promise<{ data: AppointmentSummary }>) => {
  const calls: Array<[string, number]> = [];
  const dataProvider = testDataProvider({
    getOne: (async (resource: string, params: { id: number }) => {
      calls.push([resource, params.id]);
      return getOne(resource, params);
    }) as never,
  });
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <AppointmentsSummarySection beneficiaryId={42} />
    </AdminContext>,
  );
  return calls;
};

const valueOf = (section: HTMLElement, term: string) => within(section).getByText(term).nextElementSibling?.textContent;

test('shows the last and next appointment with their dates and the no-show count', async () => {
  const calls = renderWith(async () => ({
    data: {
      id: 42,
      lastAppointment: { id: 7, start: '2026-11-03T09:30', statusLabel: 'Absent non excusé', collaboratorName: 'Sophie VERNET', typeLabel: 'Entretien individuel' },
      nextAppointment: { id: 9, start: '2027-01-19T14:00', statusLabel: 'Prévu', collaboratorName: 'Paul MARTIN', typeLabel: null },
      noShowCount: 3,
      withoutSynthesisCount: 1,
    },
  }));
  const section = await screen.findByRole('region', { name: 'Entretiens' });
  await within(section).findByText('Dernier rendez-vous');
  expect(calls).toEqual([['appointment-summaries', 42]]);
  expect(valueOf(section, 'Dernier rendez-vous')).toBe('03/11/2026 à 09:30 — Entretien individuel — Absent non excusé, Sophie VERNET');
  expect(valueOf(section, 'Prochain rendez-vous')).toBe('19/01/2027 à 14:00 — Prévu, Paul MARTIN');
  expect(valueOf(section, 'Absences non justifiées')).toBe('3');
});

test('says « Aucun » when the file has no appointment, and 0 no-shows', async () => {
  renderWith(async () => ({ data: { id: 42, lastAppointment: null, nextAppointment: null, noShowCount: 0, withoutSynthesisCount: 0 } }));
  const section = await screen.findByRole('region', { name: 'Entretiens' });
  await within(section).findByText('Dernier rendez-vous');
  expect(valueOf(section, 'Dernier rendez-vous')).toBe('Aucun');
  expect(valueOf(section, 'Prochain rendez-vous')).toBe('Aucun');
  expect(valueOf(section, 'Absences non justifiées')).toBe('0');
});

test('a refusal from the server shows a French line instead of the facts', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  renderWith(async () => {
    throw new Error('Dossier introuvable.');
  });
  const section = await screen.findByRole('region', { name: 'Entretiens' });
  await within(section).findByText('Les rendez-vous ne peuvent pas être affichés.');
  expect(within(section).queryByText('Dernier rendez-vous')).toBeNull();
});
