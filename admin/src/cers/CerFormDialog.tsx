// A dialog holding a react-admin <Form>: its inputs validate like any form, and what the server
// refuses comes back on the field it names (useServerSubmit returns the errors to the Form).
import type { ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Form, HttpError, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { useFormState } from 'react-hook-form';

type Props = {
  id: string;
  title: string;
  open: boolean;
  onClose(): void;
  onSubmit(values: Record<string, unknown>): Promise<Record<string, string> | undefined>;
  submitLabel: string;
  record?: Partial<RaRecord>;
  /** Extra condition to send (a confirmation box ticked…). */
  canSubmit?: boolean;
  children: ReactNode;
};

const SubmitButton = ({ label, disabled }: { label: string; disabled: boolean }) => {
  const { isSubmitting } = useFormState();
  return (
    <Button type="submit" variant="contained" disabled={disabled || isSubmitting}>
      {label}
    </Button>
  );
};

export const CerFormDialog = ({ id, title, open, onClose, onSubmit, submitLabel, record, canSubmit = true, children }: Props) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={`${id}-title`} fullWidth maxWidth="sm">
      <Form record={record} onSubmit={onSubmit as never} id={id} noValidate>
        <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 1, pt: '8px !important' }}>{children}</DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SubmitButton label={submitLabel} disabled={!canSubmit} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/**
 * Runs a server operation for a dialog form: on success a French notice, `onDone`, and the page
 * re-read; on a refusal about one of `fields` the message goes on that field, otherwise it is
 * notified as the server wrote it.
 */
export const useServerSubmit = <V extends Record<string, unknown>>(
  operation: (values: V) => Promise<unknown>,
  successMessage: string,
  fields: readonly string[],
  onDone?: () => void,
) => {
  const notify = useNotify();
  const refresh = useRefresh();
  return async (values: Record<string, unknown>): Promise<Record<string, string> | undefined> => {
    try {
      await operation(values as V);
    } catch (error) {
      const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | null)?.errors : undefined;
      if (errors && Object.keys(errors).every((field) => fields.includes(field))) return errors;
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return undefined;
    }
    notify(successMessage, { type: 'success' });
    onDone?.();
    refresh();
    return undefined;
  };
};
