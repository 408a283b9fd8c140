// One CER: its fields, objectives, documents and signature, the moves the user may make and
// the full history (who, when, from, to, comment).
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Loading, Show, useShowContext } from 'react-admin';
import { formatDate, formatDateTime } from '@rsa/vocabulary';
import { Facts, Section } from '../beneficiaries/Section';
import { HistoryTable } from '../beneficiaries/HistoryTable';
import { CER_STATE_SHORT_LABELS } from '@rsa/vocabulary';
import type { CerDetail } from './cer.type';
import { CerStateChip } from './CerStateChip';
import { CerTransitionButtons } from './CerTransitionButtons';
import { CerDocuments } from './CerDocuments';
import { AddObjectiveButton } from './AddObjectiveButton';

const AGREEMENT = { oui: 'Oui', nc: 'NC', non: 'Non' } as const;

const CerPage = () => {
  const { record: cer } = useShowContext<CerDetail>();
  if (!cer || cer.objectives === undefined) return <Loading />;
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
        {/* Keyed so the move dialog starts again from the CER as it now stands (end date). */}
        <CerTransitionButtons key={`${cer.state}:${cer.end ?? ''}`} cer={cer} />
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
              ...(cer.decision ? [['Décision commentée', cer.decision] as [string, string]] : []),
            ]}
          />
        </Section>
        <Section
          id="cer-objectives"
          title="Objectifs"
          action={cer.state === 'proposition' && cer.editable?.canEdit ? <AddObjectiveButton cerId={cer.id} /> : undefined}
        >
          {cer.objectives.length === 0 ? (
            <Typography variant="body2">Aucun objectif : il en faut au moins un pour soumettre le CER.</Typography>
          ) : (
            <HistoryTable
              caption="Objectifs du CER"
              columns={['Thème', 'Description']}
              rows={cer.objectives.map((o) => [o.theme, o.description])}
            />
          )}
        </Section>
        <Section id="cer-documents" title="Documents et signature">
          {/* Keyed on the state: a move changes the suggested template, the picker follows. */}
          <CerDocuments key={cer.state} cer={cer} />
        </Section>
        <Section id="cer-history" title="Historique">
          <HistoryTable
            caption="Historique du CER"
            columns={['Date', 'De', 'Vers', 'Par', 'Commentaire']}
            rows={[...(cer.history ?? [])]
              .reverse()
              .map((h) => [
                formatDateTime(h.at),
                h.from ? CER_STATE_SHORT_LABELS[h.from] : '—',
                CER_STATE_SHORT_LABELS[h.to] ?? h.to,
                h.by,
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
