// The « Documents » tab: folders of the nomenclature, the deposit form only for who may file,
// deletion only of unlocked documents, a signed CER verified rather than deleted.
import { render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, TestMemoryRouter, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import type { DocumentType, FileDocument } from '../data/document-methods';
import { FileDocuments, OpenCvButton } from './FileDocuments';

const TYPES: DocumentType[] = [
  { id: 'cer_signe', code: 'cer_signe', label: 'CER signé', folder: 'Contrats', folderScope: 'dispositif', folderPosition: 0 },
  { id: 'cv', code: 'cv', label: 'CV', folder: 'Parcours', folderScope: 'dispositif', folderPosition: 2 },
];
const DOCUMENTS: FileDocument[] = [
  { id: 1, name: 'CV_Elodie.pdf', type: 'cv', typeLabel: 'CV', folder: 'Parcours', size: 2048, mime: 'application/pdf', uploadedAt: '2024-05-14T22:30:00Z', uploadedBy: 'claire.roux', sentOn: null, source: 'upload', locked: false },
  { id: 2, name: 'CER-044506-1-signe.pdf', type: 'cer_signe', typeLabel: 'CER signé', folder: 'Contrats', size: 90_000, mime: 'application/pdf', uploadedAt: '2024-05-15T10:00:00Z', uploadedBy: 'claire.roux', sentOn: null, source: 'signature', locked: true },
];

const renderWith = (node: JSX.Element, documents = DOCUMENTS) => {
  const fileDocuments = jest.fn(async () => documents);
  const dataProvider = { ...testDataProvider(), fileDocuments, documentTypes: async () => TYPES };
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        {node}
      </AdminContext>
    </TestMemoryRouter>,
  );
  return fileDocuments;
};

test('who may file sees the form and may delete, but never a signed CER', async () => {
  renderWith(<FileDocuments beneficiaryId={7} mayWrite />);
  expect(await screen.findByRole('heading', { name: 'Déposer un document' })).toBeTruthy();
  const parcours = await screen.findByRole('table', { name: 'Documents du dossier — Parcours' });
  expect(within(parcours).getByText('CV_Elodie.pdf')).toBeTruthy();
  // Uploaded 22:30 UTC on the 14th is the 15th in Paris.
  expect(within(parcours).getByText('15/05/2024')).toBeTruthy();
  expect(within(parcours).getByRole('button', { name: 'Supprimer CV_Elodie.pdf' })).toBeTruthy();
  const contrats = screen.getByRole('table', { name: 'Documents du dossier — Contrats' });
  expect(within(contrats).queryByRole('button', { name: /Supprimer/ })).toBeNull();
  expect(within(contrats).getByRole('button', { name: 'Vérifier la signature de CER-044506-1-signe.pdf' })).toBeTruthy();
});

test('who may only read downloads, with neither form nor deletion', async () => {
  renderWith(<FileDocuments beneficiaryId={7} mayWrite={false} />);
  const parcours = await screen.findByRole('table', { name: 'Documents du dossier — Parcours' });
  expect(within(parcours).getByRole('button', { name: 'Télécharger CV_Elodie.pdf' })).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'Déposer un document' })).toBeNull();
  expect(screen.queryByRole('button', { name: /Supprimer/ })).toBeNull();
});

test('« Ouvrir le CV » only when the file has a CV', async () => {
  renderWith(<OpenCvButton beneficiaryId={7} />);
  expect(await screen.findByRole('button', { name: 'Ouvrir le CV' })).toBeTruthy();
});

test('no CV, no button', async () => {
  const fileDocuments = renderWith(<OpenCvButton beneficiaryId={8} />, [DOCUMENTS[1]]);
  await waitFor(() => expect(fileDocuments).toHaveBeenCalledWith(8));
  await fileDocuments.mock.results[0].value;
  expect(screen.queryByRole('button', { name: 'Ouvrir le CV' })).toBeNull();
});
