// New password + confirmation with the rules spelled out (ACCESS.md), shared by the reset page
// and « Changer mon mot de passe ». Reports the value and whether it may be sent.
import { useState } from 'react';
import { Box, Typography } from '@mui/material';
import { useT } from '../i18n/use-t';
import { PasswordField } from './PasswordField';
import { meetsPasswordRule } from './password-rules';

export const NewPasswordFields = ({ onChange }: { onChange(password: string, ok: boolean): void }) => {
  const t = useT();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const strongEnough = meetsPasswordRule(password);
  const same = password === confirmation;

  const update = (nextPassword: string, nextConfirmation: string) => {
    setPassword(nextPassword);
    setConfirmation(nextConfirmation);
    onChange(nextPassword, meetsPasswordRule(nextPassword) && nextPassword === nextConfirmation);
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography id="password-rules" variant="body2" color="text.secondary">
        {t('rsa.password.rules')}
      </Typography>
      <PasswordField
        id="new-password"
        label={t('rsa.password.new')}
        autoComplete="new-password"
        value={password}
        onChange={(value) => update(value, confirmation)}
        error={password !== '' && !strongEnough}
        helperText={password !== '' && !strongEnough ? t('rsa.password.too_weak') : undefined}
        describedBy="password-rules"
      />
      <PasswordField
        id="confirm-password"
        label={t('rsa.password.confirm')}
        autoComplete="new-password"
        value={confirmation}
        onChange={(value) => update(password, value)}
        error={confirmation !== '' && !same}
        helperText={confirmation !== '' && !same ? t('rsa.password.mismatch') : undefined}
      />
    </Box>
  );
};
