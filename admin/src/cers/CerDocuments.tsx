// C4 / C5: the merged Word documents (the one matching the state first), the SMS signature of
// the beneficiary and the signed document. Files come through fetch with the bearer header.
import { useState } from 'react';
import { Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { TextInput, regex, required, useNotify } from 'react-admin';
import { useConsoleDataProvider } from '../data/data-provider';
import { formatDateTime } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { CER_TEMPLATE_LABELS, type CerDetail, type CerTemplate } from './cer.type';
import { CerFormDialog, useServerSubmit } from './CerFormDialog';
import { SignaturePreviewDialog } from './SignaturePreviewDialog';

export const CerDocuments = ({ cer }: { cer: CerDetail }) => {
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const t = useT();
  const suggested = cer.templates?.suggested ?? 'sans-decision';
  const [template, setTemplate] = useState<CerTemplate>(suggested);
  const [codeOpen, setCodeOpen] = useState(false);
  const fail = (e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: 'error' });
  const [previewOpen, setPreviewOpen] = useState(false);
  const confirm = useServerSubmit<{ code: string }>(
    ({ code }) => dataProvider.confirmCerSignature(cer.id, code.trim()),
    t('rsa.cer.signature.signed'),
    ['code'],
    () => setCodeOpen(false),
  );
  const available = cer.templates?.available ?? (Object.keys(CER_TEMPLATE_LABELS) as CerTemplate[]);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {/* The server says whether this user may generate documents (siège, secrétariat de structure: no). */}
      {cer.canGenerateDocuments !== false && available.length > 0 && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            id="cer-template"
            select
            size="small"
            label="Modèle"
            value={template}
            onChange={(e) => setTemplate(e.target.value as CerTemplate)}
            sx={{ minWidth: 260 }}
          >
            {available.map((t) => (
              <MenuItem key={t} value={t}>
                {CER_TEMPLATE_LABELS[t]}
                {t === suggested ? ' (proposé)' : ''}
              </MenuItem>
            ))}
          </TextField>
          <Button
            startIcon={<DownloadIcon />}
            variant="outlined"
            onClick={() => dataProvider.downloadCerDocument(cer.id, template).catch(fail)}
          >
            Télécharger (.docx)
          </Button>
        </Box>
      )}
      {cer.signature && (
        <Typography variant="body2">
          Signature :{' '}
          {cer.signature.status === 'signed'
            ? `signé le ${formatDateTime(cer.signature.signedAt)}`
            : cer.signature.status === 'pending'
              ? `code envoyé au ${cer.signature.phoneMasked ?? 'mobile du dossier'}`
              : 'annulée'}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {cer.canStartSignature && (
          <Button variant="outlined" onClick={() => setPreviewOpen(true)}>
            {t('rsa.cer.signature.start')}
          </Button>
        )}
        {cer.signature?.status === 'pending' && (
          <Button variant="outlined" onClick={() => setCodeOpen(true)}>
            {t('rsa.cer.signature.enter_code')}
          </Button>
        )}
        {cer.hasSignedDocument && (
          <Button startIcon={<DownloadIcon />} onClick={() => dataProvider.downloadSignedCer(cer.id).catch(fail)}>
            Document signé
          </Button>
        )}
      </Box>
      {previewOpen && <SignaturePreviewDialog cerId={cer.id} onClose={() => setPreviewOpen(false)} onSent={() => { setPreviewOpen(false); setCodeOpen(true); }} />}
      {codeOpen && (
        <CerFormDialog
          id="cer-signature-code"
          title={t('rsa.cer.signature.code_title')}
          open
          onClose={() => setCodeOpen(false)}
          onSubmit={confirm}
          submitLabel={t('rsa.cer.signature.sign')}
        >
          <Typography>{t('rsa.cer.signature.code_intro')}</Typography>
          <TextInput
            source="code"
            label={t('rsa.cer.signature.code')}
            autoComplete="one-time-code"
            inputProps={{ inputMode: 'numeric' }}
            validate={[required(), regex(/^\s*\d{4,}\s*$/, 'rsa.cer.signature.code_invalid')]}
            autoFocus
          />
        </CerFormDialog>
      )}
    </Box>
  );
};
