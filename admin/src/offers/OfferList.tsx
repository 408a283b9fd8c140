// The catalogue of offers (référents, secrétariats, cadres, siège): search by title or
// operator, commune, period, operator, places left; an opérateur sees « Mes offres » (their
// structure's offers, deactivated ones too) with the fill rate of each offer and session.
import { BooleanInput, Datagrid, DateInput, FunctionField, List, TextField, TextInput, useGetIdentity } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { percent, type Offer } from './offer.type';

const filters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <TextInput key="commune" source="commune" alwaysOn resettable />,
  <TextInput key="operator" source="operator" resettable />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" />,
  <BooleanInput key="available" source="available" />,
];

export const OfferList = () => {
  const t = useT();
  const { identity } = useGetIdentity();
  const operator = ((identity?.profiles as string[] | undefined) ?? []).includes('operateur');
  const noLimit = t('rsa.offers.no_limit');
  return (
    <List
      title={operator ? t('rsa.offers.mine_title') : t('rsa.offers.catalogue_title')}
      filters={operator ? undefined : filters}
      filter={operator ? { mine: true } : undefined}
      sort={{ field: 'start', order: 'ASC' }}
      exporter={false}
      storeKey={operator ? 'offers.mine' : 'offers.catalogue'}
    >
      <Datagrid bulkActionButtons={false} rowClick="show" empty={<p>{t('rsa.offers.empty_catalogue')}</p>}>
        <TextField source="title" />
        <TextField source="operatorName" />
        <FunctionField<Offer> source="start" render={(o) => formatDate(o.start)} />
        <FunctionField<Offer> source="end" render={(o) => formatDate(o.end)} />
        <TextField source="communeName" sortable={false} />
        <FunctionField<Offer> source="placesLeft" render={(o) => (o.placesLeft === null ? noLimit : String(o.placesLeft))} />
        <FunctionField<Offer> source="fillRate" render={(o) => percent(o.fillRate, noLimit)} />
      </Datagrid>
    </List>
  );
};
