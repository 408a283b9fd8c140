// What a positionnement asks, for one file or a selection (FEATURES O4): the offer (with its
// operator, dates and places left), its session when the offer has sessions, the planned dates.
// One hook so that both dialogs ask the same and send the same body.
import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useGetList } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { CalendarDateInput } from '../layout/CalendarDateInput';
import type { Offer } from './offer.type';

export const useEnrolmentChoice = (open: boolean, idPrefix: string) => {
  const t = useT();
  const [offerId, setOfferId] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const { data: offers = [] } = useGetList<Offer>('offers', { pagination: { page: 1, perPage: 500 }, sort: { field: 'title', order: 'ASC' } }, { enabled: open });
  const offer = offers.find((o) => String(o.id) === offerId);
  const complete = offerId !== '' && start !== '' && end !== '' && (!offer?.bySessions || sessionId !== '');
  const choice = { offer: Number(offerId), session: offer?.bySessions && sessionId ? Number(sessionId) : null, plannedStart: start, plannedEnd: end };
  const fields = (
    <>
      <TextField id={`${idPrefix}-offer`} select required label={t('rsa.offers.offer')} value={offerId} onChange={(e) => { setOfferId(e.target.value); setSessionId(''); }}>
        {offers.map((o) => (
          <MenuItem key={o.id} value={String(o.id)}>
            {o.title} — {o.operatorName ?? ''} ({formatDate(o.start)} → {formatDate(o.end)}{o.placesLeft === null ? '' : `, ${o.placesLeft} place(s)`})
          </MenuItem>
        ))}
      </TextField>
      {offer?.bySessions && (
        <TextField id={`${idPrefix}-session`} select required label={t('rsa.offers.session')} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
          {offer.sessions.filter((s) => s.active).map((s) => (
            <MenuItem key={s.id} value={String(s.id)}>
              {s.label ?? `Session ${s.id}`} — {formatDate(s.start)} → {formatDate(s.end)} ({s.placesLeft} place(s))
            </MenuItem>
          ))}
        </TextField>
      )}
      <CalendarDateInput id={`${idPrefix}-start`} required label={t('rsa.offers.planned_start')} value={start} onChange={setStart} />
      <CalendarDateInput id={`${idPrefix}-end`} required label={t('rsa.offers.planned_end')} value={end} onChange={setEnd} min={start} />
    </>
  );
  return { complete, choice, fields };
};
