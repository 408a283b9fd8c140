// The personal iCalendar subscription (A7): shows the secret address once asked, revocable.
import { useState } from 'react';
import { Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { fetchUtils, useNotify } from 'react-admin';
import { API_URL } from '../data/api-url';
import { httpClient } from '../data/http-client';
import { useT } from '../i18n/use-t';

export const CalendarFeedCard = () => {
  const t = useT();
  const notify = useNotify();
  const [url, setUrl] = useState<string | null>(null);
  const call = async (method: 'GET' | 'DELETE') => {
    try {
      const { json } = (await httpClient(`${API_URL}/calendar-feed`, { method })) as Awaited<ReturnType<typeof fetchUtils.fetchJson>>;
      setUrl(method === 'GET' ? String(json.url) : null);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Indisponible.', { type: 'error' });
    }
  };
  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 1 }}>
        <Typography component="h2" variant="h6">
          {t('rsa.appointments.calendar_feed')}
        </Typography>
        <Typography variant="body2">{t('rsa.appointments.calendar_feed_help')}</Typography>
        {url ? (
          <>
            <TextField label={t('rsa.appointments.calendar_feed')} value={url} size="small" slotProps={{ input: { readOnly: true } }} />
            <Button onClick={() => void call('DELETE')}>{t('rsa.appointments.calendar_feed_revoke')}</Button>
          </>
        ) : (
          <Button onClick={() => void call('GET')}>{t('rsa.appointments.calendar_feed_show')}</Button>
        )}
      </CardContent>
    </Card>
  );
};
