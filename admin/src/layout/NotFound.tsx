// The page for an address the console does not know: French words, text in the theme's main
// colour at full opacity (react-admin's greyed default measured 3.15:1, under WCAG's 4.5:1), and
// a way back to the home page.
import { Box, Button, Typography } from '@mui/material';
import HomeIcon from '@mui/icons-material/Home';
import { Link as RouterLink } from 'react-router-dom';
import { Title } from 'react-admin';
import { useT } from '../i18n/use-t';

export const NotFound = () => {
  const t = useT();
  return (
    <Box component="section" aria-labelledby="not-found-title" sx={{ p: 4, display: 'grid', gap: 2, justifyItems: 'start', color: 'text.primary' }}>
      <Title title={t('rsa.notFound.title')} />
      <Typography id="not-found-title" component="h1" variant="h4">
        {t('rsa.notFound.title')}
      </Typography>
      <Typography>{t('rsa.notFound.explanation')}</Typography>
      <Button component={RouterLink} to="/" variant="contained" startIcon={<HomeIcon />}>
        {t('rsa.notFound.home')}
      </Button>
    </Box>
  );
};
