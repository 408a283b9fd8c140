// First login and reset (P2): the link sent by e-mail, /console/#/mot-de-passe/<token>, lets the
// user choose a password. The one-time token is taken out of the address bar at once so it
// does not linger in the history or in a shared screenshot.
import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { Alert, Box, Button, Link, Typography } from '@mui/material';
import { useT } from '../i18n/use-t';
import { API_URL } from '../data/api-url';
import { httpClient } from '../data/http-client';
import { AuthFrame } from './LoginPage';
import { NewPasswordFields } from './NewPasswordFields';

export const ResetPasswordPage = () => {
  const t = useT();
  const params = useParams<{ token: string }>();
  const [token] = useState(params.token ?? '');
  const [password, setPassword] = useState('');
  const [valid, setValid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (params.token) window.history.replaceState(null, '', `${window.location.pathname}#/mot-de-passe`);
  }, [params.token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    setBusy(true);
    setError(null);
    try {
      await httpClient(`${API_URL}/auth/reset`, { method: 'POST', body: JSON.stringify({ token, password }) });
      setDone(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const loginLink = (
    <Link href="#/login" variant="body1">
      {t('rsa.password.to_login')}
    </Link>
  );

  if (done) {
    return (
      <AuthFrame title={t('rsa.password.reset_title')}>
        <Alert severity="success" role="status">
          {t('rsa.password.reset_done')}
        </Alert>
        {loginLink}
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('rsa.password.reset_title')}>
      {!token ? (
        <>
          <Alert severity="warning">{t('rsa.password.reset_missing')}</Alert>
          {loginLink}
        </>
      ) : (
        <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 2 }}>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          <NewPasswordFields
            onChange={(value, ok) => {
              setPassword(value);
              setValid(ok);
            }}
          />
          <Button type="submit" variant="contained" size="large" disabled={busy || !valid}>
            {t('rsa.password.reset_submit')}
          </Button>
          <Typography variant="body2">{loginLink}</Typography>
        </Box>
      )}
    </AuthFrame>
  );
};
