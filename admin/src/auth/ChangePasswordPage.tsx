// « Changer mon mot de passe » (P2). The server revokes the other sessions and answers a new
// token, which replaces the stored one so this tab stays logged in.
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Title, useNotify, useRedirect } from 'react-admin';
import { useT } from '../i18n/use-t';
import { API_URL } from '../data/api-url';
import { httpClient } from '../data/http-client';
import { sessionStore } from './session-store';
import { PasswordField } from './PasswordField';
import { NewPasswordFields } from './NewPasswordFields';

export const ChangePasswordPage = () => {
  const t = useT();
  const notify = useNotify();
  const redirect = useRedirect();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [valid, setValid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { json } = await httpClient(`${API_URL}/auth/password`, {
        method: 'POST',
        body: JSON.stringify({ currentPassword: current, newPassword: next }),
      });
      sessionStore.replaceToken((json as { token: string }).token);
      notify(t('rsa.password.changed'), { type: 'success' });
      redirect('/');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={t('rsa.password.change')} />
      <CardContent>
        <Typography component="h1" variant="h5" gutterBottom>
          {t('rsa.password.change')}
        </Typography>
        <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 2 }}>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          <PasswordField
            id="current-password"
            label={t('rsa.password.current')}
            autoComplete="current-password"
            value={current}
            onChange={setCurrent}
          />
          <NewPasswordFields
            onChange={(value, ok) => {
              setNext(value);
              setValid(ok);
            }}
          />
          <Box>
            <Button type="submit" variant="contained" disabled={busy || !current || !valid}>
              {t('rsa.password.change')}
            </Button>
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
};
