// A password input with a show/hide toggle: long passphrases (ACCESS.md asks 12–14 characters)
// are easier to type right when they can be checked.
import { useState } from 'react';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useT } from '../i18n/use-t';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  autoComplete: 'current-password' | 'new-password';
  error?: boolean;
  helperText?: string;
  describedBy?: string;
};

export const PasswordField = ({ id, label, value, onChange, autoComplete, error, helperText, describedBy }: Props) => {
  const t = useT();
  const [visible, setVisible] = useState(false);
  // MUI links the helper text itself, but an explicit aria-describedby replaces its link: keep both.
  const described = [describedBy, helperText ? `${id}-helper-text` : null].filter(Boolean).join(' ');
  return (
    <TextField
      id={id}
      name={id}
      label={label}
      type={visible ? 'text' : 'password'}
      autoComplete={autoComplete}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
      fullWidth
      error={error}
      helperText={helperText}
      slotProps={{
        htmlInput: described ? { 'aria-describedby': described } : undefined,
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                onClick={() => setVisible((v) => !v)}
                edge="end"
                aria-label={visible ? t('rsa.password.hide') : t('rsa.password.show')}
                aria-pressed={visible}
              >
                {visible ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
};
