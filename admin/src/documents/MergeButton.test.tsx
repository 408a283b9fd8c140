// The mail merge dialog: the CMS's templates of the mode's kinds (with their logo variant), the
// format, and « Enregistrer dans le dossier » posting the choice to the merge address.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, Notification, TestMemoryRouter, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { MergeButton, type MergeTemplate } from './MergeButton';

const TEMPLATES: MergeTemplate[] = [
  { id: 3, kind: 'convocation-individuelle', kindLabel: 'Convocation individuelle', name: 'Convocation (modèle livré)', logo: 'departement', logoLabel: 'Logo du Département', custom: false },
];

const renderWith = (node: JSX.Element, templates = TEMPLATES) => {
  const getList = jest.fn(async () => ({ data: templates, total: templates.length }));
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={{ ...testDataProvider(), getList } as never} i18nProvider={i18nProvider}>
        {node}
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return getList;
};

afterEach(() => jest.restoreAllMocks());

test('« Convocation » lists the convocation templates and files the merge in the dossier', async () => {
  const fetchMock = jest.spyOn(global, 'fetch').mockResolvedValue(
    new Response(JSON.stringify({ id: 9, name: 'Convocation-044506-2027-01-12.docx' }), { status: 201, headers: { 'Content-Type': 'application/json' } }),
  );
  const getList = renderWith(<MergeButton mode="convocation" path="/appointments/5/merges" canSave />);
  fireEvent.click(screen.getByRole('button', { name: 'Convocation' }));
  expect(await screen.findByRole('dialog', { name: 'Éditer une convocation' })).toBeTruthy();
  expect(getList).toHaveBeenCalledWith('merge-templates', expect.objectContaining({ filter: { kind: 'convocation-individuelle,convocation-collective' } }));
  expect(await screen.findByText('Convocation (modèle livré) — Convocation individuelle, Logo du Département')).toBeTruthy();
  fireEvent.click(screen.getByLabelText('Enregistrer dans le dossier'));
  fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer' }));
  await waitFor(() => expect(fetchMock).toHaveBeenCalled());
  const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
  expect(url).toBe('/api/console/appointments/5/merges');
  expect(JSON.parse(String(init.body))).toEqual({ template: 3, format: 'docx', save: true });
  expect(await screen.findByText('Document enregistré dans le dossier : Convocation-044506-2027-01-12.docx')).toBeTruthy();
});

test('no template of the kind: the dialog says so and nothing can be sent', async () => {
  renderWith(<MergeButton mode="forms" path="/beneficiaries/7/merges" canSave={false} />, []);
  fireEvent.click(screen.getByRole('button', { name: 'Formulaires' }));
  expect(await screen.findByText(/Aucun modèle de cette sorte/)).toBeTruthy();
  expect(screen.queryByLabelText('Enregistrer dans le dossier')).toBeNull();
  expect((screen.getByRole('button', { name: 'Télécharger' }) as HTMLButtonElement).disabled).toBe(true);
});

test('the batch explains that each person gets their own appointment', async () => {
  renderWith(<MergeButton mode="batch" path="/convocation-batches" extra={{ selection: 4 }} />);
  fireEvent.click(screen.getByRole('button', { name: 'Convocations' }));
  expect(await screen.findByText(/Chaque personne reçoit sa convocation avec son propre rendez-vous/)).toBeTruthy();
});

test('a batch in PDF says what takes time and counts the seconds while the server works', async () => {
  // The server has not answered yet: the dialog keeps showing that it works.
  jest.spyOn(global, 'fetch').mockReturnValue(new Promise<Response>(() => undefined));
  renderWith(<MergeButton mode="batch" path="/convocation-batches" extra={{ selection: 4 }} />);
  fireEvent.click(screen.getByRole('button', { name: 'Convocations' }));
  await screen.findByText('Convocation (modèle livré) — Convocation individuelle, Logo du Département');
  fireEvent.click(screen.getByLabelText('PDF'));
  fireEvent.click(screen.getByRole('button', { name: 'Télécharger' }));
  expect(await screen.findByText(/Fusion des convocations en cours/)).toBeTruthy();
  expect(screen.getByText(/La conversion en PDF est l’étape la plus longue/)).toBeTruthy();
  expect(screen.getByRole('progressbar', { name: 'Fusion en cours…' })).toBeTruthy();
  expect(await screen.findByText(/^[12] secondes? écoulées?$/, undefined, { timeout: 5000 })).toBeTruthy();
});
