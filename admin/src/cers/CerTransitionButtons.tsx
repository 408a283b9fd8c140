// The validation chain (C3): one button per move the server lists for this user and state
// (never an illegal one). The dialog asks what the move needs (`requires`, from the server):
// for a decision, its date, the commented decision, « Décision du Département » and « Note
// pour le référent », a possibly different end date; a move that takes the CER out of the
// user's hands (`irreversible`, from the server) says so before it is confirmed.
import { useState } from 'react';
import { Alert, Box, Button } from '@mui/material';
import { DateInput, TextInput, required } from 'react-admin';
import { todayInParis } from '@rsa/vocabulary';
import { useConsoleDataProvider } from '../data/data-provider';
import { useT } from '../i18n/use-t';
import type { CerDetail, CerTransitionOption } from './cer.type';
import { CerFormDialog, useServerSubmit } from './CerFormDialog';

const DECISIONS = ['valide', 'non_valide'];
const FORM_FIELDS = ['decisionDate', 'decision', 'departmentDecision', 'referentNote', 'end', 'comment'] as const;

type MoveValues = Partial<Record<(typeof FORM_FIELDS)[number], string | null>>;

const text = (value: string | null | undefined): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The body of POST /cers/:id/transitions for what the dialog shows. */
export const moveBody = (move: CerTransitionOption, values: MoveValues) => {
  const decides = DECISIONS.includes(move.to);
  return {
    to: move.to,
    comment: text(values.comment),
    decisionDate: move.requires.includes('decisionDate') ? text(values.decisionDate) : null,
    decision: decides ? text(values.decision) : null,
    departmentDecision: decides ? text(values.departmentDecision) : null,
    referentNote: decides ? text(values.referentNote) : null,
    end: move.to === 'valide' ? text(values.end) : null,
  };
};

const verbKey = (to: string) =>
  (['soumis_etude', 'etude_commission', 'attente_decision', 'valide', 'non_valide', 'proposition'] as const).find((v) => v === to);

export const CerTransitionButtons = ({ cer }: { cer: CerDetail }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const [move, setMove] = useState<CerTransitionOption | null>(null);
  const verb = (m: CerTransitionOption) => {
    const key = verbKey(m.to);
    return key ? t(`rsa.cer.move.verb.${key}`) : m.label;
  };
  const submit = useServerSubmit<MoveValues>(
    (values) => dataProvider.moveCer(cer.id, moveBody(move!, values)),
    t('rsa.cer.move.done', { label: move?.label ?? '' }),
    FORM_FIELDS,
    () => setMove(null),
  );
  const transitions = cer.transitions ?? [];
  if (transitions.length === 0) return null;
  const needs = (what: string) => move?.requires.includes(what) ?? false;
  const decides = move !== null && DECISIONS.includes(move.to);
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {transitions.map((m) => (
        <Button key={m.to} variant="contained" color={m.to === 'non_valide' ? 'error' : 'primary'} onClick={() => setMove(m)}>
          {verb(m)}
        </Button>
      ))}
      {move && (
        <CerFormDialog
          id="cer-transition"
          title={t('rsa.cer.move.title', { verb: verb(move), number: cer.number })}
          open
          onClose={() => setMove(null)}
          onSubmit={submit}
          submitLabel={t('rsa.cer.move.confirm')}
          record={{
            decisionDate: todayInParis(),
            end: cer.end ?? null,
            decision: cer.decision ?? '',
            departmentDecision: cer.departmentDecision ?? '',
            referentNote: cer.referentNote ?? '',
          }}
        >
          {move.irreversible && (
            <Alert severity="warning" role="alert">
              {t('rsa.cer.move.irreversible', { label: move.label })}
            </Alert>
          )}
          {needs('decisionDate') && (
            <DateInput
              source="decisionDate"
              label={t(move.to === 'valide' ? 'rsa.cer.move.decision_date_valide' : 'rsa.cer.move.decision_date_non_valide')}
              validate={required()}
            />
          )}
          {decides && <TextInput source="departmentDecision" label={t('rsa.cer.fields.departmentDecision')} fullWidth />}
          {decides && (
            <TextInput
              source="decision"
              label={t('rsa.cer.fields.decision')}
              multiline
              minRows={2}
              fullWidth
              validate={needs('decision') ? required() : undefined}
            />
          )}
          {decides && (
            <TextInput
              source="referentNote"
              label={t('rsa.cer.fields.referentNote')}
              helperText={t('rsa.cer.move.referent_note_help')}
              multiline
              minRows={2}
              fullWidth
            />
          )}
          {move.to === 'valide' && <DateInput source="end" label={t('rsa.cer.move.end')} />}
          <TextInput source="comment" label={t('rsa.cer.move.comment')} multiline minRows={2} fullWidth />
        </CerFormDialog>
      )}
    </Box>
  );
};
