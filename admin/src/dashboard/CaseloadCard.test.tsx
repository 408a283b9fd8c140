// The perimeter card says « Plus de 10 000 dossiers » when the server stopped counting (issue 15:
// the total is capped at LIST_COUNT_CAP + 1), the exact number otherwise.
import { render, screen } from '@testing-library/react';
import { AdminContext, TestMemoryRouter, testDataProvider } from 'react-admin';
import { LIST_COUNT_CAP } from '@rsa/vocabulary';
import { i18nProvider } from '../i18n/i18n-provider';
import { CaseloadCard } from './CaseloadCard';

const renderCard = (count: number) =>
  render(
    <TestMemoryRouter initialEntries={['/']}>
      <AdminContext dataProvider={testDataProvider({ count: async () => count } as never)} i18nProvider={i18nProvider}>
        <CaseloadCard mine={false} />
      </AdminContext>
    </TestMemoryRouter>,
  );

test.each([
  [LIST_COUNT_CAP + 1, 'Plus de 10\u00a0000 dossiers'],
  [LIST_COUNT_CAP, '10000 dossiers'],
  [42, '42 dossiers'],
])('total %j → %j', async (count, text) => {
  renderCard(count);
  expect((await screen.findByTestId('caseload-count')).textContent).toBe(text);
});

test('a capped list: the paginator says « sur plus de 10 000 »', () => {
  expect(i18nProvider.translate('ra.navigation.partial_page_range_info', { offsetBegin: 1, offsetEnd: 25 })).toBe('1-25 sur plus de 10\u00a0000');
});
