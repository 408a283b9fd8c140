import { formatDate } from '@rsa/vocabulary';
import type { Beneficiary } from './beneficiary.type';
import { characteristicValueLabel } from './characteristic-labels';
import { HistoryTable } from './HistoryTable';
import { Empty, Section } from './Section';

// Droit events carry the characteristic's name; their values are the same codes.
const label = (name: string, value: string | null) =>
  characteristicValueLabel(name === 'Situation familiale' ? 'Situation familiale' : 'Situation RSA', name, value) || '—';

export const RightsEventsSection = ({ file }: { file: Beneficiary }) => (
  <Section id="rights-events" title="Événements du droit">
    {file.rightsEvents.length === 0 ? (
      <Empty>Aucun événement du droit.</Empty>
    ) : (
      <HistoryTable
        caption="Événements du droit"
        columns={['Date', 'Événement', 'Avant', 'Après']}
        rows={[...file.rightsEvents].reverse().map((e) => [formatDate(e.on), e.name, label(e.name, e.oldValue), label(e.name, e.newValue)])}
      />
    )}
  </Section>
);
