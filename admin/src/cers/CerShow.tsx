// One CER: its fields, objectives, documents and signature, the moves the user may make and
// the full history (who, when, from, to, comment).
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import { Loading, Show, useCanAccess, useShowContext } from 'react-admin';
import { formatDate, formatDateTime } from '@rsa/vocabulary';
import { Facts, Section } from '../beneficiaries/Section';
import { HistoryTable } from '../beneficiaries/HistoryTable';
import { CER_STATE_SHORT_LABELS } from '@rsa/vocabulary';
import type { CerDetail } from './cer.type';
import { CerStateChip } from './CerStateChip';
import { CerTransitionButtons } from './CerTransitionButtons';
import { CerDocuments } from './CerDocuments';
import { CerObjectives } from './CerObjectives';
import { useT } from '../i18n/use-t';

const AGREEMENT = { oui: 'Oui', nc: 'NC', non: 'Non' } as const;

const CerPage = () => {
  const { record: cer } = useShowContext<CerDetail>();
  const t = useT();
  // The server's `editable` flag for this CER and user decides (can-access.ts reads it).
  const { canAccess: mayEdit } = useCanAccess({ action: 'edit', resource: 'cers', record: cer });
  if (!cer || cer.objectives === undefined) return <Loading />;
  const editsFields = (cer.editable?.fields ?? []).some((field) => field !== 'objectives');
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }}>
      <Box>
        <Button component={RouterLink} to={`/beneficiaries/${cer.beneficiary}/show`} startIcon={<ArrowBackIcon />}>
          Retour au dossier
        </Button>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'space-between' }}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <Typography component="h1" variant="h4">
            CER n° {cer.number}
          </Typography>
          <CerStateChip state={cer.state} />
        </Box>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {mayEdit && editsFields && (
            <Button component={RouterLink} to={`/cers/${cer.id}`} variant="outlined" startIcon={<EditIcon />}>
              {t('rsa.cer.edit')}
            </Button>
          )}
          {/* Keyed so the move dialog starts again from the CER as it now stands (end date). */}
          <CerTransitionButtons key={`${cer.state}:${cer.end ?? ''}`} cer={cer} />
        </Box>
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
        <Section id="cer-contract" title="Contrat">
          <Facts
            items={[
              ['Début', formatDate(cer.start)],
              ['Fin', formatDate(cer.end)],
              ['Date de signature', formatDate(cer.signedOn)],
              ['Priorité', cer.priority],
              ['Accord du bénéficiaire', cer.agreement ? AGREEMENT[cer.agreement] : null],
              ['Dernier contrat', cer.lastContract ? 'Oui' : 'Non'],
              ['Situation actuelle et actions', cer.situation],
              ['Évaluation commune', cer.evaluation],
              ['Expression de la personne', cer.expression],
              ['Commentaire (interne)', cer.comment],
              // The decision, once the chain has taken one.
              ...(cer.validatedOn ? [['Date de validation', formatDate(cer.validatedOn)] as [string, string]] : []),
              ...(cer.notValidatedOn ? [['Date de non-validation', formatDate(cer.notValidatedOn)] as [string, string]] : []),
              ...(cer.departmentDecision ? [[t('rsa.cer.fields.departmentDecision'), cer.departmentDecision] as [string, string]] : []),
              ...(cer.decision ? [[t('rsa.cer.fields.decision'), cer.decision] as [string, string]] : []),
              ...(cer.referentNote ? [[t('rsa.cer.fields.referentNote'), cer.referentNote] as [string, string]] : []),
            ]}
          />
        </Section>
        <CerObjectives cer={cer} />
        <Section id="cer-documents" title="Documents et signature">
          {/* Keyed on the state: a move changes the suggested template, the picker follows. */}
          <CerDocuments key={cer.state} cer={cer} />
        </Section>
        <Section id="cer-history" title={t('rsa.cer.history.title')}>
          <HistoryTable
            caption={t('rsa.cer.history.caption')}
            columns={(['at', 'from', 'to', 'by', 'comment'] as const).map((c) => t(`rsa.cer.history.${c}`))}
            rows={[...(cer.history ?? [])]
              .reverse()
              .map((h) => [
                formatDateTime(h.at),
                h.from ? CER_STATE_SHORT_LABELS[h.from] : '—',
                CER_STATE_SHORT_LABELS[h.to] ?? h.to,
                h.byName ?? h.by,
                h.comment ?? '',
              ])}
          />
        </Section>
      </Box>
    </Box>
  );
};

export const CerShow = () => (
  <Show title="CER" actions={false} component="div">
    <CerPage />
  </Show>
);
