// The « Étapes » tab of a file: its positionnements and étapes, with the buttons the server
// allows, and « Positionner sur une offre » for whoever may enrol (ACCESS.md).
import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import { useCanAccess, useGetList } from 'react-admin';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { FormDialog } from '../beneficiaries/FormDialog';
import { useT } from '../i18n/use-t';
import { EnrolmentTable } from './EnrolmentTable';
import { RegisterToEventButton, RegistrationTable } from './EventRegistrations';
import type { Enrolment } from './offer.type';
import { useEnrolmentChoice } from './use-enrolment-choice';

export const EnrolButton = ({ beneficiaryIds }: { beneficiaryIds: number[] }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  const { complete, choice, fields } = useEnrolmentChoice(open, 'enrol');
  const enrol = useFileOperation(
    () => dataProvider.enrol({ ...(beneficiaryIds.length === 1 ? { beneficiary: beneficiaryIds[0] } : { beneficiaries: beneficiaryIds }), ...choice }),
    t('rsa.offers.enrolled'),
    () => setOpen(false),
  );
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        {t('rsa.offers.enrol')}
      </Button>
      <FormDialog
        id="enrol"
        title={t('rsa.offers.enrol_title')}
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={() => enrol.mutate(undefined)}
        submitLabel={t('rsa.offers.enrol_submit')}
        canSubmit={complete}
        busy={enrol.isPending}
      >
        {fields}
      </FormDialog>
    </>
  );
};

export const FileEnrolments = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const t = useT();
  const { canAccess: mayEnrol } = useCanAccess({ action: 'create', resource: 'enrolments' });
  const { data = [], isPending } = useGetList<Enrolment>('enrolments', { filter: { beneficiary: beneficiaryId }, pagination: { page: 1, perPage: 200 }, sort: { field: 'plannedStart', order: 'DESC' } });
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {mayEnrol && (
        <Box>
          <EnrolButton beneficiaryIds={[beneficiaryId]} />
        </Box>
      )}
      {isPending ? null : data.length === 0 ? <Typography>{t('rsa.offers.file_empty')}</Typography> : <EnrolmentTable enrolments={data} caption={t('rsa.offers.file_tab')} showPerson={false} />}
      <Typography component="h2" variant="h6">
        {t('rsa.offers.events.file_title')}
      </Typography>
      {mayEnrol && (
        <Box>
          <RegisterToEventButton beneficiaryId={beneficiaryId} />
        </Box>
      )}
      <RegistrationTable filter={{ beneficiary: beneficiaryId }} caption={t('rsa.offers.events.file_title')} showEvent />
    </Box>
  );
};
