// One block of the Résumé: a card with a real heading, so screen-reader users can jump between
// blocks (h2) as sighted users scan the cards.
import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

export const Section = ({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) => (
  <Card component="section" aria-labelledby={`${id}-title`} variant="outlined" sx={{ height: '100%' }}>
    <CardContent>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Typography id={`${id}-title`} component="h2" variant="h6">
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </CardContent>
  </Card>
);

/** A term / value list (dl), the natural markup for "Téléphone : 06…". */
export const Facts = ({ items }: { items: Array<[string, ReactNode]> }) => (
  <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
    {items.map(([term, value]) => (
      <Box key={term} sx={{ display: 'contents' }}>
        <Typography component="dt" variant="body2" color="text.secondary">
          {term}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0 }}>
          {value === null || value === undefined || value === '' ? '—' : value}
        </Typography>
      </Box>
    ))}
  </Box>
);

export const Empty = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" color="text.secondary">
    {children}
  </Typography>
);
