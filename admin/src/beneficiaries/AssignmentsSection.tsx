import { formatDate } from '@rsa/vocabulary';
import type { Beneficiary } from './beneficiary.type';
import { HistoryTable } from './HistoryTable';
import { Empty, Section } from './Section';

const ROLE_LABELS = { parcours: 'Parcours', etape: 'Étape' } as const;
const SOURCE_LABELS: Record<string, string> = { genesis: 'Genesis', console: 'Console', user: 'Console' };

export const AssignmentsSection = ({ file, action }: { file: Beneficiary; action?: React.ReactNode }) => (
  <Section id="assignments" title="Historique des référents" action={action}>
    {file.assignments.length === 0 ? (
      <Empty>Aucun référent.</Empty>
    ) : (
      <HistoryTable
        caption="Historique des référents"
        columns={['Rôle', 'Référent', 'Début', 'Fin', 'Origine']}
        rows={[...file.assignments]
          .reverse()
          .map((a) => [
            ROLE_LABELS[a.role] ?? a.role,
            (a.structureName ?? a.structure) ? `${a.name} (${a.structureName ?? a.structure})` : a.name,
            formatDate(a.start),
            a.end ? formatDate(a.end) : '—',
            SOURCE_LABELS[a.source] ?? a.source,
          ])}
      />
    )}
  </Section>
);
