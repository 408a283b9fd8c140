// Tabs of a beneficiary file, listed only when the server serves them (no empty tabs): the
// Résumé always, then the frise, the notes and the CER once their endpoints answer.
import type { ReactNode } from 'react';
import { useEndpointAvailable } from '../data/use-endpoint-available';
import { FileTimeline } from '../timeline/FileTimeline';
import { FileNotes } from '../notes/FileNotes';
import { FileCers } from '../cers/FileCers';
import { FileAppointments } from '../appointments/FileAppointments';
import type { Beneficiary } from './beneficiary.type';
import { isActionAllowed } from './file-actions';
import { useViewer } from './use-viewer';

export type FileTab = { id: string; label: string; render(file: Beneficiary): ReactNode };

const probe = (resource: string, id: number | undefined) =>
  `${resource}?${new URLSearchParams({ range: '[0,0]', filter: JSON.stringify({ beneficiary: id }) })}`;

export const useFileTabs = (file: Beneficiary | undefined): FileTab[] => {
  const viewer = useViewer();
  const known = file !== undefined;
  const timeline = useEndpointAvailable(`beneficiaries/${file?.id}/timeline`, known);
  const notes = useEndpointAvailable(probe('notes', file?.id), known);
  const cers = useEndpointAvailable(probe('cers', file?.id), known);
  const appointments = useEndpointAvailable(probe('appointments', file?.id), known);
  const tabs: FileTab[] = [{ id: 'resume', label: 'Résumé', render: () => null }];
  if (timeline) tabs.push({ id: 'timeline', label: 'Frise', render: (f) => <FileTimeline beneficiaryId={f.id} /> });
  if (notes)
    tabs.push({
      id: 'notes',
      label: 'Notes',
      render: (f) => <FileNotes beneficiaryId={f.id} mayWrite={isActionAllowed('notes.write', f, viewer)} viewerLogin={viewer.login} />,
    });
  if (cers) tabs.push({ id: 'cers', label: 'CER', render: (f) => <FileCers beneficiaryId={f.id} /> });
  if (appointments)
    tabs.push({ id: 'appointments', label: 'Rendez-vous', render: (f) => <FileAppointments beneficiaryId={f.id} mayBook={((f.actions ?? []) as readonly string[]).includes('documents.write')} /> });
  return tabs;
};
