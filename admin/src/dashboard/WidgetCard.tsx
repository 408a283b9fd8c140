// The frame every home widget shares: a titled section (h2), its body, its links.
import type { ReactNode } from 'react';
import { Card, CardActions, CardContent, Typography } from '@mui/material';

export const WidgetCard = ({ id, title, icon, children, actions }: { id: string; title: string; icon: ReactNode; children: ReactNode; actions?: ReactNode }) => (
  <Card component="section" aria-labelledby={`${id}-title`} sx={{ height: '100%' }}>
    <CardContent>
      <Typography id={`${id}-title`} component="h2" variant="h6" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        {icon}
        {title}
      </Typography>
      {children}
    </CardContent>
    {actions && <CardActions>{actions}</CardActions>}
  </Card>
);
