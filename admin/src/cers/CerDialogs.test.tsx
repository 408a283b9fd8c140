// « Nouveau CER » and the SMS code of the signature, react-admin forms in the CER dialog: what
// they send, what they refuse before sending, and a refusal of the server shown on its field.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, HttpError, Notification, TestMemoryRouter, testDataProvider } from 'react-admin';
import { firstDayOfMonth, lastDayOfMonth, todayInParis } from '@rsa/vocabulary';
import { i18nProvider } from '../i18n/i18n-provider';
import type { CerDetail } from './cer.type';
import { CerDocuments } from './CerDocuments';
import { CreateCerButton, createCerBody, endNotBeforeStart } from './CreateCerButton';

type Calls = { method: string; args: unknown[] }[];

const renderWith = (ui: React.ReactNode, overrides: Record<string, unknown> = {}) => {
  const calls: Calls = [];
  const dataProvider = testDataProvider({
    getList: (async () => ({ data: [{ id: 1, list: 'cer_priority', code: 'P1', label: 'Prioritaire' }], total: 1 })) as never,
    create: (async (...args: unknown[]) => {
      calls.push({ method: 'create', args });
      return { data: { id: 41 } };
    }) as never,
    confirmCerSignature: async (...args: unknown[]) => {
      calls.push({ method: 'confirmCerSignature', args });
      return {};
    },
    ...overrides,
  } as never);
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        {ui}
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return calls;
};

describe('« Nouveau CER »', () => {
  test('suggests next month for six months and posts the CER of this file', async () => {
    const calls = renderWith(<CreateCerButton beneficiaryId={3} number={2} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nouveau CER' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau CER' });
    const today = todayInParis();
    expect((within(dialog).getByLabelText(/^Début/) as HTMLInputElement).value).toBe(firstDayOfMonth(today, 1));
    expect((within(dialog).getByLabelText(/^Fin/) as HTMLInputElement).value).toBe(lastDayOfMonth(today, 6));
    expect((within(dialog).getByLabelText(/^Numéro/) as HTMLInputElement).value).toBe('2');
    fireEvent.change(within(dialog).getByLabelText('Situation actuelle et actions'), { target: { value: ' Cherche un emploi. ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer le CER' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'create')).toBe(true));
    const [resource, params] = calls.find((c) => c.method === 'create')!.args as [string, { data: Record<string, unknown> }];
    expect(resource).toBe('cers');
    expect(params.data).toMatchObject({ beneficiary: 3, number: 2, start: firstDayOfMonth(today, 1), situation: 'Cherche un emploi.', agreement: 'nc', signedOn: null, priority: null });
    expect(await screen.findByText('CER créé (proposition).')).toBeTruthy();
  });

  test('an end before the start is refused before anything is sent', async () => {
    const calls = renderWith(<CreateCerButton beneficiaryId={3} number={1} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nouveau CER' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau CER' });
    fireEvent.change(within(dialog).getByLabelText(/^Fin/), { target: { value: '2000-01-31' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer le CER' }));
    expect(await within(dialog).findByText('La fin ne peut pas précéder le début.')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  test('a refusal of the server lands on its field', async () => {
    const message = 'Le numéro 1 est déjà pris par un CER de ce dossier.';
    renderWith(<CreateCerButton beneficiaryId={3} number={1} />, {
      create: async () => {
        throw new HttpError(message, 422, { message, errors: { number: message } });
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Nouveau CER' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau CER' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Créer le CER' }));
    expect(await within(dialog).findByText(message)).toBeTruthy();
  });

  test('createCerBody and endNotBeforeStart', () => {
    expect(createCerBody(5, { number: '3', start: '2026-01-01', end: '', comment: '  ' })).toMatchObject({ beneficiary: 5, number: 3, end: null, comment: '', lastContract: false });
    expect(endNotBeforeStart('2025-12-31', { start: '2026-01-01' })).toBe('rsa.cer.create.end_before_start');
    expect(endNotBeforeStart('2026-01-01', { start: '2026-01-01' })).toBeUndefined();
    expect(endNotBeforeStart('', { start: '2026-01-01' })).toBeUndefined();
  });
});

describe('the SMS code of the signature', () => {
  const pending = {
    id: 7,
    number: 1,
    state: 'proposition',
    canGenerateDocuments: false,
    signature: { status: 'pending', phoneMasked: '06 •• •• •• 78', signedAt: null },
  } as unknown as CerDetail;

  test('a code too short is refused on the field; a good one is sent trimmed', async () => {
    const calls = renderWith(<CerDocuments cer={pending} />);
    fireEvent.click(screen.getByRole('button', { name: 'Saisir le code reçu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Code de signature' });
    const code = within(dialog).getByLabelText(/Code reçu par SMS/);
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    fireEvent.change(code, { target: { value: '12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Signer' }));
    expect(await within(dialog).findByText('Le code compte au moins 4 chiffres.')).toBeTruthy();
    expect(calls).toEqual([]);
    fireEvent.change(code, { target: { value: ' 123456 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Signer' }));
    await waitFor(() => expect(calls).toEqual([{ method: 'confirmCerSignature', args: [7, '123456'] }]));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Code de signature' })).toBeNull());
  });

  test('a wrong code: the server’s sentence on the field, the dialog stays open', async () => {
    const message = 'Code incorrect : il reste 2 essais.';
    renderWith(<CerDocuments cer={pending} />, {
      confirmCerSignature: async () => {
        throw new HttpError(message, 422, { message, errors: { code: message } });
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Saisir le code reçu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Code de signature' });
    fireEvent.change(within(dialog).getByLabelText(/Code reçu par SMS/), { target: { value: '000000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Signer' }));
    expect(await within(dialog).findByText(message)).toBeTruthy();
  });

  test('Escape closes the dialog', async () => {
    renderWith(<CerDocuments cer={pending} />);
    fireEvent.click(screen.getByRole('button', { name: 'Saisir le code reçu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Code de signature' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Code de signature' })).toBeNull());
  });
});
