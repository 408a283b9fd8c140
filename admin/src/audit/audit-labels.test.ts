import { appMessages } from '../i18n/messages';
import { auditActionLabel } from './audit-labels';

// The real catalogue, read as react-admin's polyglot would (%{name} interpolation).
const t = (key: string, options?: Record<string, unknown>): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], appMessages);
  if (typeof value !== 'string') throw new Error(`clé absente : ${key}`);
  return value.replace(/%\{(\w+)\}/g, (_, name: string) => String(options?.[name] ?? ''));
};

test.each([
  ['read:file', 'Lecture – dossier (résumé)'],
  ['read:list', 'Lecture – liste des bénéficiaires'],
  ['read:search', 'Lecture – recherche'],
  ['change:caseload_exit', 'Modification – sortie de file active'],
  ['export:report:caseload-exits', 'Export – rapport « caseload-exits »'],
  ['read:report:cer-by-state', 'Lecture – rapport « cer-by-state »'],
  ['change:cer_state:valide', 'Modification – cer_state:valide'],
  ['read', 'Lecture'],
  ['inconnu:quelque-chose', 'inconnu – quelque-chose'],
])('auditActionLabel(%s) → %s', (action, label) => {
  expect(auditActionLabel(action, t)).toBe(label);
});
