import polyglotI18nProvider from 'ra-i18n-polyglot';
import { messages } from './messages';

// French only: the users are the département's staff.
export const i18nProvider = polyglotI18nProvider(() => messages, 'fr', [{ locale: 'fr', name: 'Français' }], {
  allowMissing: false,
});
