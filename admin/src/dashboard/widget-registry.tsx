// The home page's widgets (R2), one entry each: the server keeps the list of ids each profile may
// place (@rsa/vocabulary HOME_WIDGETS) and the user's order; here each id gets its card. The
// planning arrives with appointments as one more entry (`planning: () => <PlanningWidget />`)
// and one line in HOME_WIDGETS.
import type { ReactNode } from 'react';
import { usePermissions } from 'react-admin';
import { isAlertName } from '@rsa/vocabulary';
import type { Profile } from '../auth/can-access';
import { AlertWidget } from './AlertWidget';
import { CaseloadCard } from './CaseloadCard';
import { CersAwaitingWidget } from './CersAwaitingWidget';
import { LatestImportsCard } from './LatestImportsCard';
import { NotesOpenWidget } from './NotesOpenWidget';

const OwnCaseloadCard = () => {
  const { permissions } = usePermissions<Profile[]>();
  return <CaseloadCard mine={(permissions ?? []).every((p) => p === 'referent' || p === 'referent_fse')} />;
};

const WIDGETS: Readonly<Record<string, () => ReactNode>> = {
  caseload: () => <OwnCaseloadCard />,
  imports: () => <LatestImportsCard />,
  'notes-open': () => <NotesOpenWidget />,
  'cers-awaiting': () => <CersAwaitingWidget />,
};

/** The card of a widget id, or null for an id this console does not draw. */
export const renderWidget = (id: string): ReactNode => {
  if (id.startsWith('alert:')) {
    const name = id.slice('alert:'.length);
    return isAlertName(name) ? <AlertWidget name={name} /> : null;
  }
  return WIDGETS[id]?.() ?? null;
};
