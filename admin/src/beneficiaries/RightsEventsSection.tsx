import { formatDate } from '@rsa/vocabulary';
import type { Beneficiary } from './beneficiary.type';
import { characteristicDisplay } from './characteristic-labels';
import { HistoryTable } from './HistoryTable';
import { Empty, Section } from './Section';

// Droit events carry the characteristic's codes and the labels of the CMS catalogue.
const label = (value: string | null, valueLabel?: string | null) => characteristicDisplay(value, valueLabel) || '—';

export const RightsEventsSection = ({ file }: { file: Beneficiary }) => (
  <Section id="rights-events" title="Événements du droit">
    {file.rightsEvents.length === 0 ? (
      <Empty>Aucun événement du droit.</Empty>
    ) : (
      <HistoryTable
        caption="Événements du droit"
        columns={['Date', 'Événement', 'Avant', 'Après']}
        rows={[...file.rightsEvents].reverse().map((e) => [formatDate(e.on), e.name, label(e.oldValue, e.oldLabel), label(e.newValue, e.newLabel)])}
      />
    )}
  </Section>
);
