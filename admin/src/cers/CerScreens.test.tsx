// The CER screens as each user meets them, with a fake server: the edit form shows and sends
// only the fields the server allows and puts its refusals on the field; the move dialog asks
// what the server says the move needs, warns when the move is irreversible for the user and
// sends « Décision du Département » and « Note pour le référent »; the page offers edit,
// objective and link buttons only as the server's flags allow, and shows the decision and note.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, HttpError, ResourceContextProvider, TestMemoryRouter, testDataProvider } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { i18nProvider } from '../i18n/i18n-provider';
import { canAccess } from '../auth/can-access';
import type { CerDetail } from './cer.type';
import { CerEdit, editablePayload } from './CerEdit';
import { CerShow } from './CerShow';
import { moveBody } from './CerTransitionButtons';

const base: CerDetail = {
  id: 7,
  beneficiary: 3,
  number: 2,
  state: 'proposition',
  start: '2026-01-01',
  end: '2026-06-30',
  signedOn: null,
  priority: null,
  situation: 'Recherche un emploi.',
  evaluation: null,
  expression: null,
  agreement: 'nc',
  lastContract: false,
  comment: null,
  decision: null,
  departmentDecision: null,
  referentNote: null,
  objectives: [{ id: 11, theme: 'Emploi', description: 'Candidater chaque semaine', links: [] }],
  history: [{ from: null, to: 'proposition', by: 'claire.roux', byName: 'Claire ROUX', at: '2026-01-02T09:00:00.000Z', comment: null }],
  transitions: [{ id: 'soumis_etude', to: 'soumis_etude', label: 'Soumis à étude', requires: ['objectives'], irreversible: true }],
  templates: { suggested: 'sans-decision', available: [] },
  canGenerateDocuments: false,
  editable: { canEdit: true, fields: ['start', 'end', 'situation', 'agreement', 'objectives'], decisionFields: [] },
  linkKinds: [],
};

type Calls = { method: string; args: unknown[] }[];

const renderAt = (path: string, record: CerDetail, overrides: Record<string, unknown> = {}) => {
  const calls: Calls = [];
  const track =
    (method: string, answer: (...args: unknown[]) => unknown = () => ({})) =>
    async (...args: unknown[]) => {
      calls.push({ method, args });
      return answer(...args);
    };
  const dataProvider = testDataProvider({
    getOne: (async () => ({ data: record })) as never,
    getList: (async (resource: string) => {
      const data =
        resource === 'reference-items'
          ? [
              { id: 1, list: 'cer_objective_theme', code: 'EMP', label: 'Emploi' },
              { id: 2, list: 'cer_objective_theme', code: 'FOR', label: 'Formation' },
            ]
          : [];
      return { data, total: data.length };
    }) as never,
    update: track('update', (_resource, params) => ({ data: { ...record, ...(params as { data: object }).data } })) as never,
    moveCer: track('moveCer', () => record),
    addCerObjective: track('addCerObjective'),
    updateCerObjective: track('updateCerObjective'),
    deleteCerObjective: track('deleteCerObjective'),
    linkCerObjective: track('linkCerObjective'),
    ...overrides,
  } as never);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <ResourceContextProvider value="cers">
          <Routes>
            <Route path="/cers/:id" element={<CerEdit />} />
            <Route path="/cers/:id/show" element={<CerShow />} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return calls;
};

describe('the edit form', () => {
  test('shows only the fields the server lets this user write, and sends only them', async () => {
    const calls = renderAt('/cers/7', base);
    const situation = await screen.findByLabelText('Situation actuelle et actions');
    expect(screen.getByLabelText('Début', { exact: false })).toBeTruthy();
    expect(screen.queryByLabelText('Évaluation commune')).toBeNull();
    expect(screen.queryByLabelText('Note pour le référent')).toBeNull();
    fireEvent.change(situation, { target: { value: 'Recherche un emploi de cariste.' } });
    fireEvent.click(screen.getByRole('button', { name: /Enregistrer/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'update')).toBe(true));
    const sent = (calls.find((c) => c.method === 'update')!.args[1] as { data: Record<string, unknown> }).data;
    expect(Object.keys(sent).sort()).toEqual(['agreement', 'end', 'situation', 'start']);
    expect(sent.situation).toBe('Recherche un emploi de cariste.');
  });

  test('a refusal of the server is shown on its field', async () => {
    const message = 'La date de fin doit être postérieure à la date de début du CER.';
    renderAt('/cers/7', base, {
      update: async () => {
        throw new HttpError(message, 422, { message, errors: { end: message } });
      },
    });
    const end = await screen.findByLabelText('Fin');
    fireEvent.change(end, { target: { value: '2025-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: /Enregistrer/ }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(end.getAttribute('aria-invalid')).toBe('true');
  });

  test('the decision fields for the chain, under their French names', async () => {
    renderAt('/cers/7', {
      ...base,
      state: 'etude_commission',
      editable: { canEdit: true, fields: ['end', 'decision', 'referentNote', 'departmentDecision'], decisionFields: ['decision', 'referentNote', 'departmentDecision'] },
    });
    expect(await screen.findByLabelText('Décision du Département')).toBeTruthy();
    expect(screen.getByLabelText('Note pour le référent')).toBeTruthy();
    expect(screen.getByLabelText('Décision commentée')).toBeTruthy();
    expect(screen.queryByLabelText('Situation actuelle et actions')).toBeNull();
  });

  test('editablePayload keeps the allowed fields only', () => {
    expect(editablePayload({ id: 7, situation: 'a', comment: 'b', objectives: [], history: [] }, ['situation', 'objectives'])).toEqual({ situation: 'a' });
  });
});

describe('the page: buttons from the server’s flags', () => {
  test('the référent in proposition: edit, objectives added, edited, deleted; no link without a registered kind', async () => {
    const calls = renderAt('/cers/7/show', base);
    await screen.findByRole('heading', { level: 1, name: 'CER n° 2' });
    expect(screen.getByRole('link', { name: 'Modifier le CER' }).getAttribute('href')).toBe('/cers/7');
    expect(screen.getByRole('button', { name: 'Ajouter un objectif' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Lier l’objectif/ })).toBeNull();
    // Who moved it, by name.
    expect(within(screen.getByRole('table', { name: 'Historique du CER' })).getByText('Claire ROUX')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Modifier l’objectif « Emploi »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier l’objectif « Emploi »' });
    fireEvent.change(within(dialog).getByLabelText(/Description/), { target: { value: 'Candidater deux fois par semaine' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Modifier l’objectif' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'updateCerObjective')).toBe(true));
    expect(calls.find((c) => c.method === 'updateCerObjective')!.args).toEqual([7, 11, { theme: 'Emploi', description: 'Candidater deux fois par semaine' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Supprimer l’objectif « Emploi »' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer l’objectif' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'deleteCerObjective')).toBe(true));
    expect(calls.find((c) => c.method === 'deleteCerObjective')!.args).toEqual([7, 11]);
  });

  test('an objective refused by the server: the message on its field', async () => {
    const message = 'Décrivez l’objectif : ce que la personne et le référent vont réaliser.';
    renderAt('/cers/7/show', base, {
      addCerObjective: async () => {
        throw new HttpError(message, 422, { message, errors: { description: message } });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un objectif' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajouter un objectif' });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Thème/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Formation' }));
    fireEvent.change(within(dialog).getByLabelText(/Description/), { target: { value: '   x' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter un objectif' }));
    expect(await within(dialog).findByText(message)).toBeTruthy();
  });

  test('« Lier à un objectif » once the server offers a kind', async () => {
    const calls = renderAt('/cers/7/show', { ...base, state: 'valide', editable: { canEdit: false, fields: [] }, transitions: [], linkKinds: ['step'] });
    fireEvent.click(await screen.findByRole('button', { name: 'Lier l’objectif « Emploi »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lier l’objectif « Emploi »' });
    fireEvent.change(within(dialog).getByLabelText(/Numéro de l’élément/), { target: { value: '42' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lier à un objectif' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'linkCerObjective')).toBe(true));
    expect(calls.find((c) => c.method === 'linkCerObjective')!.args).toEqual([7, 11, { kind: 'step', targetId: 42 }]);
    // Not editable for this user: no edit, no objective buttons.
    expect(screen.queryByRole('link', { name: 'Modifier le CER' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter un objectif' })).toBeNull();
  });

  test('submitting warns that it is irreversible for the référent', async () => {
    const calls = renderAt('/cers/7/show', base);
    fireEvent.click(await screen.findByRole('button', { name: 'Soumettre à étude' }));
    const dialog = await screen.findByRole('dialog', { name: /^Soumettre à étude le CER n° 2/ });
    expect(within(dialog).getByRole('alert').textContent).toMatch(/vous ne pourrez plus le modifier ni revenir en arrière/);
    expect(within(dialog).queryByLabelText('Note pour le référent')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'moveCer')).toBe(true));
    expect(calls.find((c) => c.method === 'moveCer')!.args[1]).toMatchObject({ to: 'soumis_etude', departmentDecision: null, referentNote: null });
  });

  test('the decision dialog: décision du Département and note pour le référent sent; required fields from the server', async () => {
    const calls = renderAt('/cers/7/show', {
      ...base,
      state: 'etude_commission',
      editable: { canEdit: true, fields: ['end', 'decision', 'referentNote', 'departmentDecision'] },
      transitions: [
        { id: 'valide', to: 'valide', label: 'Validé', requires: ['decisionDate'], irreversible: false },
        { id: 'non_valide', to: 'non_valide', label: 'Non validé', requires: ['decisionDate', 'decision'], irreversible: false },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ne pas valider' }));
    const dialog = await screen.findByRole('dialog', { name: /^Ne pas valider le CER/ });
    expect(within(dialog).queryByRole('alert')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Décision du Département'), { target: { value: 'CER non validé' } });
    fireEvent.change(within(dialog).getByLabelText('Note pour le référent'), { target: { value: 'Revoir le projet' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    // The commented decision is required for a non-validation (the server's `requires`).
    expect(await within(dialog).findByText(/requis/i)).toBeTruthy();
    expect(calls.some((c) => c.method === 'moveCer')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText(/Décision commentée/), { target: { value: 'Objectifs à préciser' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'moveCer')).toBe(true));
    expect(calls.find((c) => c.method === 'moveCer')!.args[1]).toMatchObject({
      to: 'non_valide',
      decision: 'Objectifs à préciser',
      departmentDecision: 'CER non validé',
      referentNote: 'Revoir le projet',
      end: null,
    });
  });

  test('the référent reads the Département’s decision and the note meant for them', async () => {
    renderAt('/cers/7/show', {
      ...base,
      state: 'non_valide',
      editable: { canEdit: false, fields: [] },
      transitions: [],
      notValidatedOn: '2026-02-10',
      decision: 'Objectifs à préciser',
      departmentDecision: 'CER non validé',
      referentNote: 'Revoir le projet avec la personne',
    });
    const contract = await screen.findByRole('region', { name: 'Contrat' });
    expect(within(contract).getByText('Décision du Département')).toBeTruthy();
    expect(within(contract).getByText('CER non validé')).toBeTruthy();
    expect(within(contract).getByText('Note pour le référent')).toBeTruthy();
    expect(within(contract).getByText('Revoir le projet avec la personne')).toBeTruthy();
    expect(within(contract).getByText('10/02/2026')).toBeTruthy();
  });
});

test('moveBody: decision fields only for a decision, the end only for a validation', () => {
  const submit = { id: 'soumis_etude', to: 'soumis_etude', label: 'Soumis à étude', requires: [] } as const;
  expect(moveBody({ ...submit, requires: [] }, { referentNote: 'x', comment: ' ok ' })).toEqual({
    to: 'soumis_etude', comment: 'ok', decisionDate: null, decision: null, departmentDecision: null, referentNote: null, end: null,
  });
  const validate = { id: 'valide', to: 'valide', label: 'Validé', requires: ['decisionDate'] } as const;
  expect(moveBody({ ...validate, requires: ['decisionDate'] }, { decisionDate: '2026-02-01', end: '2026-05-31', departmentDecision: ' CER validé ' })).toMatchObject({
    decisionDate: '2026-02-01', end: '2026-05-31', departmentDecision: 'CER validé',
  });
});

test('the edit button follows the server’s editable flag, not a state list', () => {
  expect(canAccess(['referent'], { action: 'edit', resource: 'cers', record: { state: 'valide', editable: { canEdit: true } } })).toBe(true);
  expect(canAccess(['cadre'], { action: 'edit', resource: 'cers', record: { state: 'valide', editable: { canEdit: false } } })).toBe(false);
});
