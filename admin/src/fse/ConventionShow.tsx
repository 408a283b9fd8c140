// A convention: the étape's dates and the two questionnaires with their pastilles; a red one
// opens its entry for whoever may fill it (référent FSE on their file, opérateur of the offer);
// the exit waits for the real end; taken-over questionnaires are read-only.
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Loading, Title, useGetOne } from 'react-admin';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { StatusBadge } from './StatusBadge';
import { QuestionnaireForm } from './QuestionnaireForm';
import type { ConventionDetail, Questionnaire } from './fse.type';

const answerLabel = (q: Questionnaire['questions'][number], value: string | string[] | undefined): string | null => {
  if (value === undefined) return null;
  return (Array.isArray(value) ? value : [value]).map((code) => q.choices.find((c) => c.code === code)?.label ?? code).join(' ; ');
};

const QuestionnaireCard = ({ detail, questionnaire, onSaved }: { detail: ConventionDetail; questionnaire: Questionnaire; onSaved(d: ConventionDetail): void }) => {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const title = questionnaire.kind === 'entry' ? t('rsa.fse.entry') : t('rsa.fse.exit');
  const mayEdit = !questionnaire.readOnly && questionnaire.status !== 'unavailable';
  return (
    <Card component="section" aria-label={title} sx={{ mb: 2 }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
          <Typography variant="h6" component="h2">{title}</Typography>
          <StatusBadge status={questionnaire.status} label={title} />
          {mayEdit && !editing && (
            <Button variant="outlined" size="small" onClick={() => setEditing(true)}>
              {questionnaire.status === 'complete' ? t('rsa.fse.correct') : t('rsa.fse.fill')} — {title.toLowerCase()}
            </Button>
          )}
        </Box>
        {questionnaire.source === 'reprise' && <Typography variant="body2">{t('rsa.fse.reprise')}</Typography>}
        {questionnaire.status === 'unavailable' && questionnaire.kind === 'exit' && <Typography variant="body2">{t('rsa.fse.exit_waits')}</Typography>}
        {editing ? (
          <QuestionnaireForm conventionId={detail.id} questionnaire={questionnaire} onSaved={(d) => { setEditing(false); onSaved(d); }} />
        ) : questionnaire.answers ? (
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(12rem, 24rem) 1fr', gap: 0.5, m: 0 }}>
            {questionnaire.questions.map((q) => (
              <Box key={q.code} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>{q.label}</Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>{answerLabel(q, questionnaire.answers?.[q.code]) ?? t('rsa.fse.no_answer')}</Typography>
              </Box>
            ))}
          </Box>
        ) : !detail.canReadAnswers && questionnaire.status === 'complete' ? (
          <Typography variant="body2">{t('rsa.fse.answers_hidden')}</Typography>
        ) : null}
      </CardContent>
    </Card>
  );
};

/** The page's content for one convention (tested on its own). */
export const ConventionView = ({ detail, onSaved }: { detail: ConventionDetail; onSaved(d: ConventionDetail): void }) => {
  const t = useT();
  return (
    <Box sx={{ mt: 2 }}>
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h5" component="h1">{detail.beneficiaryName} — {detail.fileNumber}</Typography>
          <Typography variant="body1">
            {detail.offerTitle} ({detail.operationCode}) · {detail.operatorName} ·{' '}
            {detail.realEnd ? t('rsa.fse.period', { start: formatDate(detail.realStart), end: formatDate(detail.realEnd) }) : t('rsa.fse.since', { start: formatDate(detail.realStart) })}
          </Typography>
        </CardContent>
      </Card>
      <QuestionnaireCard detail={detail} questionnaire={detail.entry} onSaved={onSaved} />
      <QuestionnaireCard detail={detail} questionnaire={detail.exit} onSaved={onSaved} />
    </Box>
  );
};

export const ConventionShow = () => {
  const t = useT();
  const { id } = useParams();
  const { data, isPending, refetch } = useGetOne<ConventionDetail>('fse-conventions', { id: Number(id) });
  const [saved, setSaved] = useState<ConventionDetail | null>(null);
  if (isPending) return <Loading />;
  const detail = saved?.id === data?.id ? saved : data;
  // react-admin first shows the list's row (no questionnaires) while the detail loads.
  if (!detail?.entry) return <Loading />;
  return (
    <>
      <Title title={t('rsa.fse.convention_title', { name: detail.beneficiaryName })} />
      <ConventionView
        detail={detail}
        onSaved={(d) => {
          setSaved(d);
          void refetch();
        }}
      />
    </>
  );
};
