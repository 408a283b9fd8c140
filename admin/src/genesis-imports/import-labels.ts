// French words for an import's status and trigger, and its duration as people say it.
import type { ImportStatus } from './genesis-import.type';

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  running: 'En cours',
  done: 'Terminé',
  dry_run: 'Essai à blanc',
  refused: 'Refusé',
  failed: 'Échec',
};

export const IMPORT_TRIGGER_LABELS: Record<string, string> = {
  cli: 'Commande',
  cron: 'Tâche de nuit',
  inbox: 'Dépôt (boîte de réception)',
  console: 'Console',
};

export function durationText(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}
