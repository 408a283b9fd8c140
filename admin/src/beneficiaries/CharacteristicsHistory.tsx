// Every value each characteristic of the file has had, newest first within each one: the value
// by its label, from when to when, and who changed it (by name; Genesis for the feed).
import { Skeleton, Typography } from '@mui/material';
import { ReferenceManyField, useListContext } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { characteristicDisplay } from './characteristic-labels';
import { HistoryTable } from './HistoryTable';
import { Empty, Section } from './Section';

export type CharacteristicVersion = {
  id: number;
  family: string;
  name: string;
  value: string | null;
  label: string | null;
  since: string | null;
  until: string | null;
  current: boolean;
  /** `genesis` for the nightly feed, otherwise a collaborator's change. */
  source: string | null;
  changedBy: string | null;
  changedByName?: string | null;
};

const CharacteristicsHistoryContent = () => {
  const t = useT();
  const { data = [], isPending, error } = useListContext<CharacteristicVersion>();
  if (isPending) return <Skeleton height={200} />;
  if (error) return <Typography role="alert">{error instanceof Error ? error.message : String(error)}</Typography>;
  return (
    <Section id="characteristics-history" title={t('rsa.fileTabs.characteristics.caption')}>
      {data.length === 0 ? (
        <Empty>{t('rsa.fileTabs.characteristics.empty')}</Empty>
      ) : (
        <HistoryTable
          caption={t('rsa.fileTabs.characteristics.caption')}
          columns={(['family', 'name', 'value', 'since', 'until', 'by'] as const).map((c) => t(`rsa.fileTabs.characteristics.${c}`))}
          rows={data.map((c) => [
            c.family,
            c.name,
            characteristicDisplay(c.value, c.label),
            formatDate(c.since),
            c.current ? t('rsa.fileTabs.characteristics.current') : formatDate(c.until),
            c.source === 'genesis' || !c.changedBy ? t('rsa.fileTabs.characteristics.genesis') : (c.changedByName ?? c.changedBy),
          ])}
        />
      )}
    </Section>
  );
};

export const CharacteristicsHistory = ({ beneficiaryId }: { beneficiaryId: number }) => (
  <ReferenceManyField reference="characteristics" target="beneficiary" record={{ id: beneficiaryId }} perPage={1000} sort={{ field: 'family', order: 'ASC' }}>
    <CharacteristicsHistoryContent />
  </ReferenceManyField>
);
