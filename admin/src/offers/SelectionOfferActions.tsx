// Batches on a saved selection (FEATURES O4, O5): « Positionner la sélection » (offer, session,
// planned dates) and « Inscrire la sélection à un événement ». The server treats each person on
// their own and answers each one's result: the dialog then lists who was positioned / registered
// and who was refused, with the server's French reason.
import { useState } from 'react';
import { Box, Button, List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { useCanAccess, useNotify, useRefresh } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../data/data-provider';
import { FormDialog } from '../beneficiaries/FormDialog';
import { useT } from '../i18n/use-t';
import { EventPicker, useUpcomingEvents } from './EventRegistrations';
import type { PersonResult } from './event.type';
import { useEnrolmentChoice } from './use-enrolment-choice';

const Results = ({ results }: { results: PersonResult[] }) => {
  const t = useT();
  const ok = results.filter((r) => r.ok).length;
  return (
    <Box>
      <Typography role="status">{t('rsa.offers.batch.summary', { ok, refused: results.length - ok })}</Typography>
      <MuiList dense aria-label={t('rsa.offers.batch.results')}>
        {results.map((r) => (
          <ListItem key={r.beneficiary} disableGutters>
            <ListItemText
              primary={`${r.beneficiaryName} : ${r.ok ? t('rsa.offers.batch.accepted') : t('rsa.offers.batch.refused')}`}
              secondary={r.message}
              slotProps={{ primary: { color: r.ok ? 'success.main' : 'error.main' } }}
            />
          </ListItem>
        ))}
      </MuiList>
    </Box>
  );
};

const useBatch = (run: () => Promise<{ results: PersonResult[] }>) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [results, setResults] = useState<PersonResult[] | null>(null);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: (answer) => {
      setResults(answer.results);
      refresh();
    },
    onError: (error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
  });
  return { results, setResults, mutation };
};

export const EnrolSelectionButton = ({ selection }: { selection: number }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  const { complete, choice, fields } = useEnrolmentChoice(open, 'enrol-selection');
  const { results, setResults, mutation } = useBatch(() => dataProvider.enrolSelection({ selection, ...choice }));
  const close = () => setOpen(false);
  return (
    <>
      <Button color="inherit" size="small" onClick={() => { setResults(null); setOpen(true); }}>
        {t('rsa.offers.batch.enrol')}
      </Button>
      <FormDialog
        id="enrol-selection"
        title={t('rsa.offers.batch.enrol_title')}
        open={open}
        onClose={close}
        onSubmit={() => (results ? close() : mutation.mutate())}
        submitLabel={results ? t('rsa.offers.batch.close') : t('rsa.offers.enrol_submit')}
        canSubmit={results !== null || complete}
        busy={mutation.isPending}
      >
        {results ? (
          <Results results={results} />
        ) : (
          <>
            {fields}
          </>
        )}
      </FormDialog>
    </>
  );
};

export const RegisterSelectionButton = ({ selection }: { selection: number }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  const [eventId, setEventId] = useState('');
  const events = useUpcomingEvents(open);
  const { results, setResults, mutation } = useBatch(() => dataProvider.registerSelectionToEvent(Number(eventId), selection));
  const close = () => setOpen(false);
  return (
    <>
      <Button color="inherit" size="small" onClick={() => { setResults(null); setEventId(''); setOpen(true); }}>
        {t('rsa.offers.batch.register')}
      </Button>
      <FormDialog
        id="register-selection"
        title={t('rsa.offers.batch.register')}
        open={open}
        onClose={close}
        onSubmit={() => (results ? close() : mutation.mutate())}
        submitLabel={results ? t('rsa.offers.batch.close') : t('rsa.offers.events.register_submit')}
        canSubmit={results !== null || eventId !== ''}
        busy={mutation.isPending}
      >
        {results ? (
          <Results results={results} />
        ) : (
          <EventPicker id="register-selection-event" events={events} value={eventId} onChange={setEventId} />
        )}
      </FormDialog>
    </>
  );
};

/** The batch buttons shown on a saved selection, for whoever positions (ACCESS.md). */
export const SelectionOfferActions = ({ selection }: { selection: number }) => {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'enrolments' });
  if (!canAccess) return null;
  return (
    <>
      <EnrolSelectionButton selection={selection} />
      <RegisterSelectionButton selection={selection} />
    </>
  );
};
