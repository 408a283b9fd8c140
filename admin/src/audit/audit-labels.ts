// How an audit entry's action reads in the journal: the server writes `kind:detail` codes
// (read:file, change:caseload_exit, export:report:file-active…); the catalogue names the kind
// and the common details, and an unknown detail is shown as written rather than hidden.
import type { MessageKey } from '../i18n/use-t';

export const AUDIT_KINDS = ['read', 'change', 'export'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

const DETAILS = [
  'file', 'timeline', 'list', 'search', 'notes', 'characteristics', 'standbys', 'annex', 'cers', 'cer',
  'note_add', 'note_close', 'note_reopen', 'contact', 'characteristic', 'midem_request', 'standby_add', 'standby_end',
  'standby_delete', 'annex_add', 'annex_delete', 'caseload_exit', 'caseload_exit_cancel', 'step_referent',
  'cer_create', 'cer_edit', 'cer_objective', 'cer_objective_link',
] as const;
type Detail = (typeof DETAILS)[number];

const isKind = (value: string): value is AuditKind => (AUDIT_KINDS as readonly string[]).includes(value);
const isDetail = (value: string): value is Detail => (DETAILS as readonly string[]).includes(value);

type Translate = (key: MessageKey, options?: Record<string, unknown>) => string;

/** « Lecture – dossier (résumé) », « Export – rapport caseload-exits », « Modification – cer_state:valide »… */
export function auditActionLabel(action: string, t: Translate): string {
  const [kind, ...rest] = action.split(':');
  const detail = rest.join(':');
  const kindLabel = isKind(kind) ? t(`rsa.audit.kind.${kind}`) : kind;
  if (detail === '') return kindLabel;
  let detailLabel = detail;
  if (isDetail(detail)) detailLabel = t(`rsa.audit.detail.${detail}`);
  else if (rest[0] === 'report' && rest.length > 1) detailLabel = t('rsa.audit.report', { name: rest.slice(1).join(':') });
  return `${kindLabel} – ${detailLabel}`;
}
