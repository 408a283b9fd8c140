// The frise (F5): everything that happened to the file, newest first, filterable by kind.
import { useState } from 'react';
import { Box, Chip, List, ListItem, ListItemText, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../data/data-provider';
import { formatDate } from '@rsa/vocabulary';

const KIND_LABELS: Record<string, string> = {
  referent: 'Référents',
  standby: 'Veilles',
  rights: 'Droit',
  event: 'Événements',
  note: 'Notes',
  cer: 'CER',
  appointment: 'Rendez-vous',
  appointment_sms: 'Rappels SMS',
};

export const FileTimeline = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const dataProvider = useConsoleDataProvider();
  const [hidden, setHidden] = useState<string[]>([]);
  const { data, isPending, error } = useQuery({
    queryKey: ['rsa', 'timeline', beneficiaryId],
    queryFn: () => dataProvider.timeline(beneficiaryId),
  });
  if (isPending) return <Skeleton height={200} />;
  if (error) return <Typography role="alert">{error instanceof Error ? error.message : 'Frise indisponible.'}</Typography>;
  const kinds = [...new Set(data.map((i) => i.kind))];
  const shown = data.filter((i) => !hidden.includes(i.kind));
  return (
    <Box>
      <Box role="group" aria-label="Filtrer la frise" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        {kinds.map((kind) => {
          const on = !hidden.includes(kind);
          return (
            <Chip
              key={kind}
              label={KIND_LABELS[kind] ?? kind}
              color={on ? 'primary' : 'default'}
              variant={on ? 'filled' : 'outlined'}
              aria-pressed={on}
              onClick={() => setHidden((h) => (on ? [...h, kind] : h.filter((k) => k !== kind)))}
            />
          );
        })}
      </Box>
      {shown.length === 0 ? (
        <Typography>Rien à afficher.</Typography>
      ) : (
        <List aria-label="Frise du dossier" sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 2 }}>
          {shown.map((item) => (
            <ListItem key={`${item.kind}-${item.id}`} disableGutters alignItems="flex-start">
              <ListItemText
                primary={`${formatDate(item.date)} — ${item.title}`}
                secondary={[KIND_LABELS[item.kind] ?? item.kind, item.detail].filter(Boolean).join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};
