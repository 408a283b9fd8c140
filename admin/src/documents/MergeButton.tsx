// Mail merge from the console (FEATURES D1, A5): « Formulaires » on the Résumé, « Convocation » /
// « Courrier » on an appointment, « Convocations » on a saved selection. A dialog chooses the
// template (the CMS's, with its logo variant) and the format; « Enregistrer dans le dossier » files
// the result in the Documents tab instead of downloading it. The server checks the perimeter.
import { useEffect, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import DescriptionIcon from '@mui/icons-material/Description';
import { BooleanInput, Form, RadioButtonGroupInput, required, SelectInput, useGetList, useNotify, useRefresh } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { API_URL } from '../data/api-url';
import { downloadFile } from '../data/download';
import { httpClient } from '../data/http-client';
import { useT } from '../i18n/use-t';

export type MergeTemplate = { id: number; kind: string; kindLabel: string; name: string; logo: string; logoLabel: string; custom: boolean };
type Mode = 'forms' | 'convocation' | 'courrier' | 'batch';

const KINDS: Record<Mode, string> = {
  forms: 'formulaire',
  convocation: 'convocation-individuelle,convocation-collective',
  courrier: 'courrier',
  batch: 'convocation-individuelle,convocation-collective',
};

type Values = { template?: number; format: 'docx' | 'pdf'; save?: boolean };

const SubmitButtons = ({ busy, canSave, onCancel }: { busy: boolean; canSave: boolean; onCancel: () => void }) => {
  const t = useT();
  const save = useWatch<Values>({ name: 'save' });
  return (
    <DialogActions>
      <Button onClick={onCancel}>{t('rsa.merge.cancel')}</Button>
      <Button type="submit" variant="contained" disabled={busy}>
        {canSave && save ? t('rsa.merge.submit_save') : t('rsa.merge.submit_download')}
      </Button>
    </DialogActions>
  );
};

/** Seconds since the merge was sent: a batch converted to PDF can take a minute, and the person
 * must see it is still working (the server does it in one request: there is no count to show). */
const Elapsed = () => {
  const t = useT();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return seconds > 0 ? <Typography variant="body2">{t('rsa.merge.elapsed', { smart_count: seconds })}</Typography> : null;
};

const Working = ({ batch }: { batch: boolean }) => {
  const t = useT();
  const format = useWatch<Values>({ name: 'format' });
  return (
    <>
      <Typography>{t(batch ? 'rsa.merge.working_batch' : 'rsa.merge.working')}</Typography>
      {batch && format === 'pdf' && <Typography variant="body2">{t('rsa.merge.working_pdf')}</Typography>}
      <LinearProgress aria-label={t('rsa.merge.working')} />
      <Elapsed />
    </>
  );
};

export type MergeButtonProps = {
  mode: Mode;
  /** POST address of the merge, under /api/console. */
  path: string;
  /** Body sent with the choice (the selection of a batch). */
  extra?: Record<string, unknown>;
  canSave?: boolean;
};

export const MergeButton = ({ mode, path, extra = {}, canSave = false }: MergeButtonProps) => {
  const t = useT();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const { data: templates = [], isPending } = useGetList<MergeTemplate>(
    'merge-templates',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' }, filter: { kind: KINDS[mode] } },
    { enabled: open },
  );
  const titleId = `merge-${mode}-title`;
  const submit = async (values: Record<string, unknown>) => {
    const { template, format, save } = values as Values;
    setBusy(true);
    try {
      const body = { ...extra, template, format };
      if (canSave && save) {
        const { json } = await httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify({ ...body, save: true }) });
        notify(t('rsa.merge.saved', { name: (json as { name?: string }).name ?? '' }), { type: 'success' });
        refresh();
      } else {
        const name = await downloadFile(`${API_URL}${path}`, format === 'pdf' ? 'document.pdf' : 'document.docx', body);
        notify(t('rsa.merge.downloaded', { name }), { type: 'success' });
      }
      setOpen(false);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<DescriptionIcon />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t(`rsa.merge.${mode}`)}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{t(mode === 'forms' ? 'rsa.merge.title_forms' : mode === 'batch' ? 'rsa.merge.title_batch' : mode === 'courrier' ? 'rsa.merge.title_courrier' : 'rsa.merge.title_convocation')}</DialogTitle>
        <Form onSubmit={submit} defaultValues={{ format: 'docx', save: false, template: templates[0]?.id }} key={templates.map((x) => x.id).join(',')}>
          <DialogContent>
            {mode === 'batch' && <Typography sx={{ mb: 2 }}>{t('rsa.merge.batch_help')}</Typography>}
            {!isPending && templates.length === 0 ? (
              <Alert severity="warning">{t('rsa.merge.no_template')}</Alert>
            ) : (
              <SelectInput
                source="template"
                label={t('rsa.merge.template')}
                choices={templates.map((x) => ({ id: x.id, name: `${x.name} — ${x.kindLabel}, ${x.logoLabel}` }))}
                validate={required()}
                isPending={isPending}
                fullWidth
              />
            )}
            <RadioButtonGroupInput
              source="format"
              label={t('rsa.merge.format')}
              choices={[
                { id: 'docx', name: t('rsa.merge.format_docx') },
                { id: 'pdf', name: t('rsa.merge.format_pdf') },
              ]}
            />
            {canSave && <BooleanInput source="save" label={t('rsa.merge.save')} helperText={t('rsa.merge.save_help')} />}
            {busy && <Working batch={mode === 'batch'} />}
          </DialogContent>
          <SubmitButtons busy={busy || templates.length === 0} canSave={canSave} onCancel={() => setOpen(false)} />
        </Form>
      </Dialog>
    </>
  );
};
