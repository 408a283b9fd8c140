// « Nouveau CER » (C1): the référent opens a contract in state Proposition; the start date
// suggested is the first day of next month, the end six months on, as the old tool did. A
// react-admin <Form> in the CER dialog: the inputs validate (start required, end not before
// start), and a refusal of the server lands on the field it names.
import { useState } from 'react';
import { Button } from '@mui/material';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { useMutation } from '@tanstack/react-query';
import {
  BooleanInput,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  minValue,
  required,
  useDataProvider,
  useRedirect,
  type RaRecord,
} from 'react-admin';
import { firstDayOfMonth, lastDayOfMonth, todayInParis } from '@rsa/vocabulary';
import { useReferenceItems } from '../data/use-reference-items';
import { useT } from '../i18n/use-t';
import { CerFormDialog, useServerSubmit } from './CerFormDialog';

const FIELDS = ['number', 'start', 'end', 'signedOn', 'priority', 'situation', 'evaluation', 'expression', 'agreement', 'lastContract', 'comment'] as const;

type CreateValues = Partial<Record<(typeof FIELDS)[number], string | number | boolean | null>>;

const LONG_TEXT = { multiline: true, minRows: 2, fullWidth: true } as const;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The body of POST /cers for what the dialog holds: empty optional fields travel as null. */
export const createCerBody = (beneficiary: number, values: CreateValues) => ({
  beneficiary,
  number: Number(values.number),
  start: values.start,
  end: text(values.end),
  signedOn: text(values.signedOn),
  priority: text(values.priority),
  situation: text(values.situation) ?? '',
  evaluation: text(values.evaluation) ?? '',
  expression: text(values.expression) ?? '',
  agreement: values.agreement ?? 'nc',
  lastContract: values.lastContract === true,
  comment: text(values.comment) ?? '',
});

/** Dates are YYYY-MM-DD strings: they compare as strings. */
export const endNotBeforeStart = (end: unknown, values: CreateValues) =>
  typeof end === 'string' && end !== '' && typeof values.start === 'string' && end < values.start ? 'rsa.cer.create.end_before_start' : undefined;

export const CreateCerButton = ({ beneficiaryId, number }: { beneficiaryId: number; number: number }) => {
  const t = useT();
  const today = todayInParis();
  const dataProvider = useDataProvider();
  const redirect = useRedirect();
  const priorities = useReferenceItems('cer_priority');
  const [open, setOpen] = useState(false);
  const create = useMutation({
    mutationFn: (values: CreateValues) => dataProvider.create<RaRecord>('cers', { data: createCerBody(beneficiaryId, values) }),
    onSuccess: ({ data }) => redirect('show', 'cers', data.id),
  });
  const submit = useServerSubmit<CreateValues>(create.mutateAsync, t('rsa.cer.create.done'), FIELDS, () => setOpen(false));
  const label = (field: (typeof FIELDS)[number]) => t(`rsa.cer.fields.${field}`);
  return (
    <>
      <Button variant="contained" startIcon={<NoteAddIcon />} onClick={() => setOpen(true)}>
        {t('rsa.cer.create.button')}
      </Button>
      {open && (
        <CerFormDialog
          id="create-cer"
          title={t('rsa.cer.create.title')}
          open
          onClose={() => setOpen(false)}
          onSubmit={submit}
          submitLabel={t('rsa.cer.create.submit')}
          record={{ number, start: firstDayOfMonth(today, 1), end: lastDayOfMonth(today, 6), agreement: 'nc', lastContract: false }}
        >
          <NumberInput source="number" label={label('number')} validate={[required(), minValue(1)]} min={1} />
          <DateInput source="start" label={label('start')} validate={required()} />
          <DateInput source="end" label={label('end')} validate={endNotBeforeStart} />
          <DateInput source="signedOn" label={label('signedOn')} />
          {priorities.length > 0 && (
            <SelectInput source="priority" label={label('priority')} choices={priorities} optionValue="label" optionText="label" emptyText="—" />
          )}
          <TextInput source="situation" label={label('situation')} {...LONG_TEXT} />
          <TextInput source="evaluation" label={label('evaluation')} {...LONG_TEXT} />
          <TextInput source="expression" label={label('expression')} {...LONG_TEXT} />
          <SelectInput
            source="agreement"
            label={label('agreement')}
            choices={(['oui', 'nc', 'non'] as const).map((id) => ({ id, name: t(`rsa.cer.agreement.${id}`) }))}
            validate={required()}
          />
          <BooleanInput source="lastContract" label={label('lastContract')} />
          <TextInput source="comment" label={label('comment')} {...LONG_TEXT} />
        </CerFormDialog>
      )}
    </>
  );
};
