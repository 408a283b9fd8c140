// The French login page (Identifiant, Mot de passe, « Se connecter »). The server's refusal
// (wrong password, locked account with its delay) is shown as it wrote it, both as an inline
// alert that screen readers announce and as react-admin's notification.
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { Notification, useLogin, useNotify } from 'react-admin';
import { useT } from '../i18n/use-t';
import { PasswordField } from './PasswordField';
import type { LoginParams } from './auth-provider';

export const LoginPage = () => {
  const t = useT();
  const login = useLogin();
  const notify = useNotify();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login({ login: identifier.trim(), password } satisfies LoginParams);
    } catch (e) {
      const message = e instanceof Error && e.message ? e.message : t('rsa.login.failed');
      setError(message);
      notify(message, { type: 'error' });
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t('rsa.login.title')}>
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 2 }}>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <TextField
          id="login"
          name="login"
          label={t('rsa.login.login')}
          autoComplete="username"
          value={identifier}
          onChange={(e) => setIdentifier(e.target.value)}
          required
          autoFocus
          fullWidth
        />
        <PasswordField
          id="password"
          label={t('rsa.login.password')}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <Button type="submit" variant="contained" size="large" disabled={busy || !identifier || !password}>
          {busy ? t('rsa.login.submitting') : t('rsa.login.submit')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {t('rsa.login.forgotten')}
        </Typography>
      </Box>
    </AuthFrame>
  );
};

/** The page around the login and password forms: one landmark, one h1, readable on a phone. */
export const AuthFrame = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const t = useT();
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 440 }} elevation={3}>
        <CardContent sx={{ display: 'grid', gap: 2, p: 4 }}>
          <Box>
            <Typography component="p" variant="overline" color="primary.dark" sx={{ fontWeight: 700 }}>
              {t('rsa.app.title')}
            </Typography>
            <Typography component="h1" variant="h5">
              {title}
            </Typography>
          </Box>
          {children}
        </CardContent>
      </Card>
      <Notification />
    </Box>
  );
};
