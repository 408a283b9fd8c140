// The frise (F5): everything that happened to the file, newest first, filterable by kind. An
// item opens its detail: a CER its page, a note the Notes tab, a veille or an assignment the
// Résumé where they are listed.
import { useState } from 'react';
import { Box, Chip, List, ListItem, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useCreatePath } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../data/data-provider';
import { formatDate } from '@rsa/vocabulary';
import type { TimelineItem } from '../beneficiaries/beneficiary.type';

/** Where an item's link leads: a page of its own, or a tab of the file. */
export const timelineTarget = (link: TimelineItem['link']): { page: { resource: string; id: number | string } } | { tab: string } | null => {
  if (!link) return null;
  if (link.resource === 'cers') return { page: link };
  if (link.resource === 'notes') return { tab: 'notes' };
  if (link.resource === 'standbys' || link.resource === 'assignments') return { tab: 'resume' };
  return null;
};

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

export const FileTimeline = ({ beneficiaryId, onOpenTab }: { beneficiaryId: number; onOpenTab?(tab: string): void }) => {
  const dataProvider = useConsoleDataProvider();
  const navigate = useNavigate();
  const createPath = useCreatePath();
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
          {shown.map((item) => {
            const text = (
              <ListItemText
                primary={`${formatDate(item.date)} — ${item.title}`}
                secondary={[KIND_LABELS[item.kind] ?? item.kind, item.detail].filter(Boolean).join(' · ')}
              />
            );
            const target = timelineTarget(item.link);
            const open = () => {
              if (target && 'page' in target) navigate(createPath({ resource: target.page.resource, id: target.page.id, type: 'show' }));
              else if (target) onOpenTab?.(target.tab);
            };
            return (
              <ListItem key={`${item.kind}-${item.id}`} disablePadding alignItems="flex-start">
                {target ? (
                  <ListItemButton onClick={open} sx={{ px: 0 }}>
                    {text}
                  </ListItemButton>
                ) : (
                  text
                )}
              </ListItem>
            );
          })}
        </List>
      )}
    </Box>
  );
};
