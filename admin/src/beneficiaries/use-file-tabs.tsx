// Tabs of a beneficiary file, listed only when the server serves them (no empty tabs).
import type { ReactNode } from 'react';
import type { Beneficiary } from './beneficiary.type';

export type FileTab = { id: string; label: string; render(file: Beneficiary): ReactNode };

export const useFileTabs = (_file: Beneficiary | undefined): FileTab[] => {
  const tabs: FileTab[] = [{ id: 'resume', label: 'Résumé', render: () => null }];
  return tabs;
};
