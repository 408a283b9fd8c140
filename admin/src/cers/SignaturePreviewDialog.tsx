// Before any SMS: the exact document the code will sign (the server's own merge, as text), read
// with the person; the code is sent only once the référent says it was shown, and the server
// refuses it if the CER changed since this preview (the fingerprint travels with the request).
import { useState } from 'react';
import { Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { useT } from '../i18n/use-t';

type Props = { cerId: number; onClose(): void; onSent(): void };

export const SignaturePreviewDialog = ({ cerId, onClose, onSent }: Props) => {
  const t = useT();
  const translate = useTranslate();
  const dataProvider = useConsoleDataProvider();
  const [shown, setShown] = useState(false);
  const preview = useQuery({
    queryKey: ['rsa', 'cer-signature-preview', cerId],
    queryFn: () => dataProvider.cerSignaturePreview(cerId),
    gcTime: 0,
    staleTime: 0,
  });
  const send = useFileOperation(
    (fingerprint: string) => dataProvider.startCerSignature(cerId, fingerprint),
    t('rsa.cer.signature.sent'),
    onSent,
  );
  return (
    <Dialog open onClose={onClose} aria-labelledby="cer-signature-preview-title" fullWidth maxWidth="md">
      <DialogTitle id="cer-signature-preview-title">{t('rsa.cer.signature.preview_title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <Typography>{t('rsa.cer.signature.preview_intro')}</Typography>
        {preview.isPending ? (
          <Skeleton variant="rectangular" height={240} aria-label={t('rsa.cer.signature.preview_loading')} />
        ) : preview.error ? (
          <Typography role="alert" color="error">
            {preview.error instanceof Error ? preview.error.message : String(preview.error)}
          </Typography>
        ) : (
          <Box
            role="document"
            aria-label={t('rsa.cer.signature.preview_document')}
            tabIndex={0}
            sx={{
              whiteSpace: 'pre-wrap',
              fontFamily: 'serif',
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              p: 2,
              maxHeight: '50vh',
              overflowY: 'auto',
              bgcolor: 'background.paper',
            }}
          >
            {preview.data.text.trim()}
          </Box>
        )}
        <FormControlLabel
          control={<Checkbox checked={shown} onChange={(e) => setShown(e.target.checked)} disabled={!preview.data} />}
          label={t('rsa.cer.signature.shown')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!shown || !preview.data || send.isPending}
          onClick={() => preview.data && send.mutate(preview.data.fingerprint)}
        >
          {t('rsa.cer.signature.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
