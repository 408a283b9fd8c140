// The old tool's dark blue banner, with colours that pass WCAG AA contrast on white and in the
// app bar (axe checks it in test/browser).
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { appMessages } from '../i18n/messages';

const labelOf = (ownerState: object): string | undefined => (ownerState as { 'aria-label'?: string })['aria-label'];

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#1d3f72', contrastText: '#ffffff' },
    secondary: { main: '#1d3f72', contrastText: '#ffffff' },
    error: { main: '#b3261e' },
    text: { primary: '#1f2328', secondary: '#4a5058' },
  },
  // Wide enough for « Imports Genesis » and « Rendez-vous sans synthèse » at 1366 px; a longer
  // label wraps onto a second line rather than being cut (MUI menu items do not wrap).
  sidebar: { width: 256, closedWidth: 55 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
  components: {
    ...defaultTheme.components,
    RaMenuItemLink: { styleOverrides: { root: { whiteSpace: 'normal', '& .MuiTypography-noWrap': { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 } } } },
    // react-admin's « Pas encore de … » page writes in the disabled grey (axe: color-contrast).
    RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { color: '#4a5058' } } } },
    RaAppBar: { styleOverrides: { root: { '& .RaAppBar-toolbar': { backgroundColor: '#1d3f72' } } } },
    // react-admin labels its row checkboxes (« Sélectionner cette ligne ») with an aria-label on
    // the checkbox's wrapper, where ARIA forbids it, leaving the input itself unnamed (axe:
    // serious and critical). The label moves onto the input; the old `inputProps` are kept.
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: (ownerState: object) => (labelOf(ownerState) ? { 'aria-label': undefined } : {}),
          input: (ownerState: object) => ({
            ...((ownerState as { inputProps?: object }).inputProps ?? {}),
            ...(labelOf(ownerState) ? { 'aria-label': labelOf(ownerState) } : {}),
          }),
        },
      },
    },
    // MUI's progress indicators have role="progressbar" and no name (axe: aria-progressbar-name,
    // serious), among them react-admin's own: the app bar's LoadingIndicator while a list
    // refreshes, the LinearProgress of references being fetched. Every one is named, unless a
    // screen names it better itself.
    MuiCircularProgress: { defaultProps: { 'aria-label': appMessages.rsa.app.loading } },
    MuiLinearProgress: { defaultProps: { 'aria-label': appMessages.rsa.app.loading } },
  },
};
