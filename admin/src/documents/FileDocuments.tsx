// The « Documents » tab of a file (FEATURES D2): the documents by folder of the nomenclature,
// a deposit form (type picked from the nomenclature served by the server), download, deletion
// and, for a signed CER, the verification of its evidence. Buttons follow the server's rights.
import { useRef, useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import DeleteIcon from '@mui/icons-material/Delete';
import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useConsoleDataProvider } from '../data/data-provider';
import type { DocumentType, FileDocument } from '../data/document-methods';
import { useT } from '../i18n/use-t';
import { CalendarDateInput } from '../layout/CalendarDateInput';

const size = (bytes: number): string => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} ko` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`);

export const useFileDocuments = (beneficiaryId: number) => {
  const dataProvider = useConsoleDataProvider();
  return useQuery({ queryKey: ['file-documents', beneficiaryId], queryFn: () => dataProvider.fileDocuments(beneficiaryId) });
};

const UploadForm = ({ beneficiaryId, types, onDone }: { beneficiaryId: number; types: DocumentType[]; onDone(): void }) => {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useConsoleDataProvider();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [type, setType] = useState('');
  const [name, setName] = useState('');
  const [sentOn, setSentOn] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!file || !type) return;
    setBusy(true);
    try {
      const filed = await dataProvider.uploadDocument(beneficiaryId, { file, type, name: name.trim() || undefined, sentOn: sentOn || undefined });
      notify(t(filed.nameFixed ? 'rsa.documents.uploaded_fixed' : 'rsa.documents.uploaded', { name: filed.name }), { type: 'success' });
      setFile(null);
      setName('');
      setSentOn('');
      if (input.current) input.current.value = '';
      onDone();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper
      component="form"
      variant="outlined"
      aria-labelledby="document-upload-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      sx={{ p: 2, display: 'grid', gap: 1.5, maxWidth: 720 }}
    >
      <Typography id="document-upload-title" component="h3" variant="subtitle1">
        {t('rsa.documents.upload_title')}
      </Typography>
      <TextField id="document-type" select required label={t('rsa.documents.type')} value={type} onChange={(e) => setType(e.target.value)}>
        {types.map((option) => (
          <MenuItem key={option.code} value={option.code}>
            {option.folder ? `${option.folder} — ${option.label}` : option.label}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="outlined" component="label" htmlFor="document-file">
          {t('rsa.documents.choose_file')}
        </Button>
        <input
          id="document-file"
          ref={input}
          type="file"
          aria-label={t('rsa.documents.file')}
          accept=".docx,.pdf,.jpg,.jpeg,.png,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <Typography variant="body2">{file ? file.name : t('rsa.documents.no_file')}</Typography>
      </Box>
      <TextField id="document-name" label={t('rsa.documents.name')} helperText={t('rsa.documents.name_help')} value={name} onChange={(e) => setName(e.target.value)} />
      <CalendarDateInput id="document-sent-on" label={t('rsa.documents.sent_on')} value={sentOn} onChange={setSentOn} />
      <Box>
        <Button type="submit" variant="contained" disabled={!file || !type || busy}>
          {t('rsa.documents.submit')}
        </Button>
      </Box>
    </Paper>
  );
};

export const FileDocuments = ({ beneficiaryId, mayWrite }: { beneficiaryId: number; mayWrite: boolean }) => {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useConsoleDataProvider();
  const queryClient = useQueryClient();
  const { data: documents = [] } = useFileDocuments(beneficiaryId);
  const { data: types = [] } = useQuery({ queryKey: ['document-types'], queryFn: () => dataProvider.documentTypes() });
  const [toDelete, setToDelete] = useState<FileDocument | null>(null);
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['file-documents', beneficiaryId] });
  const fail = (error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: 'error' });
  const folders = [...new Set(types.map((type) => type.folder ?? t('rsa.documents.other_folder')))];
  for (const document of documents) if (!folders.includes(document.folder ?? t('rsa.documents.other_folder'))) folders.push(document.folder ?? t('rsa.documents.other_folder'));
  const remove = async () => {
    if (!toDelete) return;
    try {
      await dataProvider.deleteDocument(toDelete.id);
      notify(t('rsa.documents.deleted'), { type: 'success' });
      reload();
    } catch (error) {
      fail(error);
    } finally {
      setToDelete(null);
    }
  };
  const verify = async (document: FileDocument) => {
    try {
      const result = await dataProvider.verifyDocument(document.id);
      notify(t(result.valid ? 'rsa.documents.verified_ok' : 'rsa.documents.verified_ko'), { type: result.valid ? 'success' : 'error' });
    } catch (error) {
      fail(error);
    }
  };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {mayWrite && types.length > 0 && <UploadForm beneficiaryId={beneficiaryId} types={types} onDone={reload} />}
      {folders.map((folder) => {
        const inFolder = documents.filter((d) => (d.folder ?? t('rsa.documents.other_folder')) === folder);
        return (
          <Box key={folder} component="section" aria-labelledby={`folder-${folder}`}>
            <Typography id={`folder-${folder}`} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
              {folder}
            </Typography>
            {inFolder.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {t('rsa.documents.empty_folder')}
              </Typography>
            ) : (
              <Table size="small" aria-label={t('rsa.documents.table', { folder })}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('rsa.documents.col_name')}</TableCell>
                    <TableCell>{t('rsa.documents.col_type')}</TableCell>
                    <TableCell>{t('rsa.documents.col_date')}</TableCell>
                    <TableCell>{t('rsa.documents.col_sent')}</TableCell>
                    <TableCell>{t('rsa.documents.col_size')}</TableCell>
                    <TableCell>{t('rsa.documents.col_actions')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {inFolder.map((document) => (
                    <TableRow key={document.id}>
                      <TableCell>{document.name}</TableCell>
                      <TableCell>{document.typeLabel ?? document.type}</TableCell>
                      <TableCell>{formatDate(document.uploadedAt)}</TableCell>
                      <TableCell>{formatDate(document.sentOn)}</TableCell>
                      <TableCell>{size(document.size)}</TableCell>
                      <TableCell>
                        <Tooltip title={t('rsa.documents.download', { name: document.name })}>
                          <IconButton aria-label={t('rsa.documents.download', { name: document.name })} onClick={() => dataProvider.downloadDocument(document.id, document.name).catch(fail)}>
                            <DownloadIcon />
                          </IconButton>
                        </Tooltip>
                        {document.locked && (
                          <Tooltip title={t('rsa.documents.verify', { name: document.name })}>
                            <IconButton aria-label={t('rsa.documents.verify', { name: document.name })} onClick={() => void verify(document)}>
                              <VerifiedIcon />
                            </IconButton>
                          </Tooltip>
                        )}
                        {mayWrite && !document.locked && (
                          <Tooltip title={t('rsa.documents.delete', { name: document.name })}>
                            <IconButton aria-label={t('rsa.documents.delete', { name: document.name })} onClick={() => setToDelete(document)}>
                              <DeleteIcon />
                            </IconButton>
                          </Tooltip>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Box>
        );
      })}
      <Dialog open={toDelete !== null} onClose={() => setToDelete(null)} aria-labelledby="document-delete-title">
        <DialogTitle id="document-delete-title">{t('rsa.documents.confirm_delete', { name: toDelete?.name ?? '' })}</DialogTitle>
        <DialogContent />
        <DialogActions>
          <Button onClick={() => setToDelete(null)}>{t('rsa.documents.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => void remove()}>
            {t('rsa.documents.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};

/** « Ouvrir le CV » on the Résumé: the latest document typed CV, when the file has one. */
export const OpenCvButton = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useConsoleDataProvider();
  const { data: documents = [] } = useFileDocuments(beneficiaryId);
  const cv = documents.find((d) => d.type === 'cv');
  if (!cv) return null;
  return (
    <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => dataProvider.downloadDocument(cv.id, cv.name).catch((e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }))}>
      {t('rsa.documents.open_cv')}
    </Button>
  );
};
