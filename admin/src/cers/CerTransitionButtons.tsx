// The validation chain (C3): one button per move the server lists for this user and state
// (never an illegal one); a move asks for what it needs — decision date, commented decision,
// a possibly different end date — and a comment kept in the history.
import { useState } from 'react';
import { Box, Button, TextField } from '@mui/material';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { isCalendarDate, todayInParis } from '@rsa/vocabulary';
import { FormDialog } from '../beneficiaries/FormDialog';
import type { CerDetail, CerTransitionOption } from './cer.type';

const VERB: Record<string, string> = {
  soumis_etude: 'Soumettre à étude',
  etude_commission: 'Passer en commission',
  attente_decision: 'Mettre en attente de décision',
  valide: 'Valider',
  non_valide: 'Ne pas valider',
  proposition: 'Revenir en proposition',
};

export const CerTransitionButtons = ({ cer }: { cer: CerDetail }) => {
  const dataProvider = useConsoleDataProvider();
  const [move, setMove] = useState<CerTransitionOption | null>(null);
  const [comment, setComment] = useState('');
  const [decisionDate, setDecisionDate] = useState(todayInParis());
  const [decision, setDecision] = useState('');
  const [end, setEnd] = useState(cer.end ?? '');
  const needs = (what: string) => move?.requires.includes(what) ?? false;
  // A validation may carry a commented decision too (printed on the « décision valide »
  // document); only a non-validation requires one.
  const takesDecision = needs('decision') || move?.to === 'valide' || move?.to === 'non_valide';
  const operation = useFileOperation(
    () =>
      dataProvider.moveCer(cer.id, {
        to: move!.to,
        comment: comment.trim() || null,
        decisionDate: needs('decisionDate') ? decisionDate : null,
        decision: takesDecision ? decision.trim() || null : null,
        end: move!.to === 'valide' && end ? end : null,
      }),
    `CER : ${move?.label ?? ''}.`,
    () => setMove(null),
  );
  const transitions = cer.transitions ?? [];
  if (transitions.length === 0) return null;
  const valid = (!needs('decisionDate') || isCalendarDate(decisionDate)) && (!needs('decision') || decision.trim() !== '');
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {transitions.map((t) => (
        <Button key={t.to} variant="contained" color={t.to === 'non_valide' ? 'error' : 'primary'} onClick={() => setMove(t)}>
          {VERB[t.to] ?? t.label}
        </Button>
      ))}
      <FormDialog
        id="cer-transition"
        title={move ? `${VERB[move.to] ?? move.label} le CER n° ${cer.number}` : ''}
        open={move !== null}
        onClose={() => setMove(null)}
        onSubmit={() => operation.mutate(undefined)}
        submitLabel="Confirmer"
        canSubmit={valid}
        busy={operation.isPending}
      >
        {needs('decisionDate') && (
          <TextField
            id="cer-decision-date"
            type="date"
            required
            label={move?.to === 'valide' ? 'Date de validation' : 'Date de non-validation'}
            value={decisionDate}
            onChange={(e) => setDecisionDate(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        )}
        {takesDecision && (
          <TextField
            id="cer-decision"
            required={needs('decision')}
            multiline
            minRows={2}
            label="Décision commentée"
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
          />
        )}
        {move?.to === 'valide' && (
          <TextField
            id="cer-end-at-validation"
            type="date"
            label="Fin du contrat (si durée différente)"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        )}
        <TextField
          id="cer-transition-comment"
          multiline
          minRows={2}
          label="Commentaire (historique)"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </FormDialog>
    </Box>
  );
};
