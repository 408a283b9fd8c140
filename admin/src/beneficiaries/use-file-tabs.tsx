// Tabs of a beneficiary file: the Résumé, the frise, the notes, the CER, the annex data and the
// characteristics history. The console and the server ship together: no endpoint probing.
import type { ReactNode } from 'react';
import { FileTimeline } from '../timeline/FileTimeline';
import { FileNotes } from '../notes/FileNotes';
import { FileCers } from '../cers/FileCers';
import { FileAnnexData } from './FileAnnexData';
import { CharacteristicsHistory } from './CharacteristicsHistory';
import { FileEnrolments } from '../offers/FileEnrolments';
import { FileDocuments } from '../documents/FileDocuments';
import { FileAppointments } from '../appointments/FileAppointments';
import { FileConventions } from '../fse/FileConventions';
import type { Beneficiary } from './beneficiary.type';
import { isActionAllowed } from './file-actions';
import { useViewer } from './use-viewer';
import { useT } from '../i18n/use-t';

/** What a tab may ask of the page: open another tab (a frise item opens its detail). */
export type FileTabHelpers = { openTab(id: string): void };
export type FileTab = { id: string; label: string; render(file: Beneficiary, helpers: FileTabHelpers): ReactNode };

export const useFileTabs = (file: Beneficiary | undefined): FileTab[] => {
  const viewer = useViewer();
  const t = useT();
  if (file === undefined) return [{ id: 'resume', label: 'Résumé', render: () => null }];
  return [
    { id: 'resume', label: 'Résumé', render: () => null },
    { id: 'timeline', label: 'Frise', render: (f, helpers) => <FileTimeline beneficiaryId={f.id} onOpenTab={helpers.openTab} /> },
    {
      id: 'notes',
      label: 'Notes',
      render: (f) => <FileNotes beneficiaryId={f.id} mayWrite={isActionAllowed('notes.write', f, viewer)} viewerLogin={viewer.login} />,
    },
    { id: 'cers', label: 'CER', render: (f) => <FileCers beneficiaryId={f.id} /> },
    { id: 'annex', label: t('rsa.fileTabs.annex.tab'), render: (f) => <FileAnnexData beneficiaryId={f.id} /> },
    { id: 'characteristics', label: t('rsa.fileTabs.characteristics.tab'), render: (f) => <CharacteristicsHistory beneficiaryId={f.id} /> },
    { id: 'etapes', label: 'Étapes', render: (f) => <FileEnrolments beneficiaryId={f.id} /> },
    { id: 'documents', label: 'Documents', render: (f) => <FileDocuments beneficiaryId={f.id} mayWrite={isActionAllowed('documents.write', f, viewer)} /> },
    { id: 'appointments', label: 'Rendez-vous', render: (f) => <FileAppointments beneficiaryId={f.id} mayBook={isActionAllowed('appointments.write', f, viewer)} /> },
    { id: 'fse', label: t('rsa.fse.file_tab'), render: (f) => <FileConventions beneficiaryId={f.id} /> },
  ];
};
