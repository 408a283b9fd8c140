// The one date input of the console's hand-held forms (dialogs whose state is not a react-admin
// <Form>; inside a <Form>, react-admin's DateInput): a calendar date `YYYY-MM-DD` in and out, as
// the API exchanges them, typed and read jj/mm/aaaa (the browser's date field in French).
import { TextField, type TextFieldProps } from '@mui/material';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  required?: boolean;
  /** Earliest / latest day the picker offers (YYYY-MM-DD). */
  min?: string;
  max?: string;
  helperText?: string;
  error?: boolean;
  size?: TextFieldProps['size'];
};

export const CalendarDateInput = ({ id, label, value, onChange, required, min, max, helperText, error, size }: Props) => (
  <TextField
    id={id}
    type="date"
    label={label}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    required={required}
    helperText={helperText}
    error={error}
    size={size}
    slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: min || undefined, max: max || undefined, lang: 'fr-FR' } }}
  />
);
