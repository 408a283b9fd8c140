import type { ReactNode } from 'react';
import { formatDate } from '@rsa/vocabulary';
import type { Beneficiary } from './beneficiary.type';
import { HistoryTable } from './HistoryTable';
import { Empty, Section } from './Section';

type Standby = Beneficiary['standbys'][number];

export const StandbysSection = ({
  file,
  action,
  rowActions,
}: {
  file: Beneficiary;
  action?: ReactNode;
  rowActions?: (standby: Standby) => ReactNode;
}) => (
  <Section id="standbys" title="Veilles" action={action}>
    {file.standbys.length === 0 ? (
      <Empty>Aucune veille.</Empty>
    ) : (
      <HistoryTable
        caption="Veilles"
        columns={rowActions ? ['Début', 'Fin', 'Motif', 'Actions'] : ['Début', 'Fin', 'Motif']}
        rows={[...file.standbys]
          .reverse()
          .map((s) => [
            formatDate(s.start),
            s.end ? formatDate(s.end) : 'Sans date de fin',
            s.motif ?? '—',
            ...(rowActions ? [rowActions(s)] : []),
          ])}
      />
    )}
  </Section>
);
