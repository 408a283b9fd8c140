// « Modifier le CER »: the fields the server lets this user write in the CER's state
// (`editable.fields`, from the cer plugin's domain) and only them; the console does not know
// which states allow what. Server refusals land on their field (http-client → body.errors).
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  BooleanInput,
  DateInput,
  Edit,
  Loading,
  NumberInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
  useRecordContext,
} from 'react-admin';
import { useReferenceItems } from '../data/use-reference-items';
import { useT } from '../i18n/use-t';
import type { CerDetail } from './cer.type';
import type { cerMessages } from './cer-messages';

type CerField = keyof typeof cerMessages.fields;

/** What goes back to PUT /cers/:id: the fields the server said this user may write now. */
export const editablePayload = (data: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'objectives' && fields.includes(key)));

const LONG_TEXT = { multiline: true, minRows: 2, fullWidth: true } as const;

const CerFields = () => {
  const cer = useRecordContext<CerDetail>();
  const t = useT();
  const priorities = useReferenceItems('cer_priority');
  if (!cer?.editable) return <Loading />;
  const may = (field: string) => cer.editable?.fields.includes(field) ?? false;
  const label = (field: CerField) => t(`rsa.cer.fields.${field}`);
  if (!cer.editable.canEdit) return <Typography role="status">{t('rsa.cer.not_editable')}</Typography>;
  return (
    <>
      {may('number') && <NumberInput source="number" label={label('number')} validate={required()} min={1} />}
      {may('start') && <DateInput source="start" label={label('start')} validate={required()} />}
      {may('end') && <DateInput source="end" label={label('end')} />}
      {may('signedOn') && <DateInput source="signedOn" label={label('signedOn')} />}
      {may('priority') && (
        <SelectInput source="priority" label={label('priority')} choices={priorities} optionValue="label" optionText="label" emptyText="—" />
      )}
      {may('agreement') && (
        <SelectInput
          source="agreement"
          label={label('agreement')}
          choices={(['oui', 'nc', 'non'] as const).map((id) => ({ id, name: t(`rsa.cer.agreement.${id}`) }))}
          validate={required()}
        />
      )}
      {may('lastContract') && <BooleanInput source="lastContract" label={label('lastContract')} />}
      {may('situation') && <TextInput source="situation" label={label('situation')} {...LONG_TEXT} />}
      {may('evaluation') && <TextInput source="evaluation" label={label('evaluation')} {...LONG_TEXT} />}
      {may('expression') && <TextInput source="expression" label={label('expression')} {...LONG_TEXT} />}
      {may('comment') && <TextInput source="comment" label={label('comment')} {...LONG_TEXT} />}
      {(cer.editable.decisionFields ?? []).length > 0 && (
        <Typography component="h2" variant="h6" sx={{ mt: 1 }}>
          {t('rsa.cer.decision_section')}
        </Typography>
      )}
      {may('departmentDecision') && <TextInput source="departmentDecision" label={label('departmentDecision')} fullWidth />}
      {may('decision') && <TextInput source="decision" label={label('decision')} {...LONG_TEXT} />}
      {may('validatedOn') && <DateInput source="validatedOn" label={label('validatedOn')} />}
      {may('notValidatedOn') && <DateInput source="notValidatedOn" label={label('notValidatedOn')} />}
      {may('referentNote') && <TextInput source="referentNote" label={label('referentNote')} {...LONG_TEXT} />}
    </>
  );
};

const CerEditHeader = () => {
  const cer = useRecordContext<CerDetail>();
  const t = useT();
  if (!cer) return null;
  return (
    <Box sx={{ display: 'grid', gap: 1, mb: 1 }}>
      <Box>
        <Button component={RouterLink} to={`/cers/${cer.id}/show`} startIcon={<ArrowBackIcon />}>
          {t('rsa.cer.back')}
        </Button>
      </Box>
      <Typography component="h1" variant="h4">
        {t('rsa.cer.edit_title', { number: cer.number })}
      </Typography>
    </Box>
  );
};

const CerEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const CerEdit = () => {
  const t = useT();
  return (
    <Edit
      title={t('rsa.cer.edit')}
      actions={false}
      mutationMode="pessimistic"
      redirect="show"
      transform={(data: CerDetail, options?: { previousData?: CerDetail }) =>
        editablePayload(data as unknown as Record<string, unknown>, options?.previousData?.editable?.fields ?? data.editable?.fields ?? [])
      }
      sx={{ p: { xs: 1, sm: 2 } }}
    >
      <SimpleForm toolbar={<CerEditToolbar />} sx={{ maxWidth: 900 }}>
        <CerEditHeader />
        <CerFields />
      </SimpleForm>
    </Edit>
  );
};
