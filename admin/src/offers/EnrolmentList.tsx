// The operator's console (FEATURES O4): the positionnements of their offers to answer, the
// people in étape (attendance, end with a reason), the history; filtered by state.
import { List, SelectInput, useListContext } from 'react-admin';
import { useT } from '../i18n/use-t';
import { EnrolmentTable } from './EnrolmentTable';
import type { Enrolment } from './offer.type';

const STATES = ['positionne', 'etape', 'refuse', 'termine'] as const;

const Rows = () => {
  const t = useT();
  const { data = [], isPending } = useListContext<Enrolment>();
  if (isPending) return null;
  if (data.length === 0) return <p>{t('rsa.offers.empty_enrolments')}</p>;
  return <EnrolmentTable enrolments={data} caption={t('rsa.offers.enrolments_title')} />;
};

export const EnrolmentList = () => {
  const t = useT();
  const filters = [<SelectInput key="state" source="state" alwaysOn choices={STATES.map((s) => ({ id: s, name: t(`rsa.offers.states.${s}`) }))} />];
  return (
    <List title={t('rsa.offers.enrolments_title')} filters={filters} filterDefaultValues={{ state: 'positionne' }} sort={{ field: 'plannedStart', order: 'ASC' }} exporter={false} perPage={50} storeKey="enrolments.operator">
      <Rows />
    </List>
  );
};
