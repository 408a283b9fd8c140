// The infocentre's alerts (FEATURES R1) and the home page's widgets (R2), one list for the server
// (which remembers each user's arrangement and refuses unknown widgets) and the console (which
// draws them). A new widget — the planning once appointments exist — is one entry here and one
// in the console's widget registry.
import type { Profile } from './profiles';

// The last two are the offers module's (FEATURES R1), computed by its plugin.
export const ALERT_NAMES = ['missing-characteristics', 'standbys-ending', 'cer-renewal', 'assigned-notes', 'etapes-ending', 'positionnements-unanswered'] as const;
export type AlertName = (typeof ALERT_NAMES)[number];

export const ALERT_LABELS: Readonly<Record<AlertName, string>> = {
  'missing-characteristics': 'Caractéristiques requises manquantes',
  'standbys-ending': 'Veilles se terminant bientôt',
  'cer-renewal': 'CER à renouveler',
  'assigned-notes': 'Notes qui me sont attribuées',
  'etapes-ending': 'Étapes se terminant dans les 15 jours',
  'positionnements-unanswered': 'Positionnements sans réponse depuis 10 jours',
};

/** The file alerts follow the remembered situation (file active / sortis / tous); notes do not. */
export const ALERTS_WITH_SITUATION: ReadonlySet<AlertName> = new Set(['missing-characteristics', 'standbys-ending', 'cer-renewal']);

export const isAlertName = (value: unknown): value is AlertName => typeof value === 'string' && (ALERT_NAMES as readonly string[]).includes(value);

const FILE_READERS: readonly Profile[] = ['referent', 'referent_fse', 'secretariat', 'secretariat_structure', 'cadre', 'siege'];
const CER_CHAIN: readonly Profile[] = ['secretariat', 'cadre'];
const FEED_WATCHERS: readonly Profile[] = ['secretariat', 'cadre', 'siege'];

type WidgetDefinition = { id: string; label: string; profiles: readonly Profile[] };

export const HOME_WIDGETS: readonly WidgetDefinition[] = [
  { id: 'caseload', label: 'Ma file active', profiles: FILE_READERS },
  ...ALERT_NAMES.map((name) => ({ id: `alert:${name}`, label: `Alerte : ${ALERT_LABELS[name]}`, profiles: FILE_READERS })),
  { id: 'notes-open', label: 'Notes en cours', profiles: FILE_READERS },
  { id: 'cers-awaiting', label: 'CER en attente de mon action', profiles: CER_CHAIN },
  { id: 'imports', label: 'Derniers imports Genesis', profiles: FEED_WATCHERS },
];

export type HomeWidgetId = string;

/** The widgets a user with these profiles may place on their home page, in the catalogue's order. */
export const homeWidgetsFor = (profiles: readonly Profile[]): string[] =>
  HOME_WIDGETS.filter((w) => w.profiles.some((p) => profiles.includes(p))).map((w) => w.id);

export const homeWidgetLabel = (id: string): string => HOME_WIDGETS.find((w) => w.id === id)?.label ?? id;

/** The arrangement of a user who has not arranged anything yet. */
export const defaultHomeWidgets = (profiles: readonly Profile[]): string[] => {
  const wanted = profiles.some((p) => p === 'cadre' || p === 'secretariat')
    ? ['caseload', 'cers-awaiting', 'alert:cer-renewal', 'imports']
    : profiles.some((p) => p === 'referent' || p === 'referent_fse')
      ? ['caseload', 'alert:assigned-notes', 'notes-open', 'alert:cer-renewal']
      : ['caseload', 'imports'];
  const allowed = homeWidgetsFor(profiles);
  return wanted.filter((id) => allowed.includes(id));
};

export const HOME_WIDGETS_MAX = 12;

export type HomeWidgetsCheck = { ok: true; value: string[] } | { ok: false; message: string };

/** A user's arrangement as sent by the console: known widgets open to their profile, once each. */
export const checkHomeWidgets = (input: unknown, profiles: readonly Profile[]): HomeWidgetsCheck => {
  if (!Array.isArray(input) || input.some((id) => typeof id !== 'string')) return { ok: false, message: 'La liste des widgets est attendue (widgets : liste de noms).' };
  const ids = input as string[];
  if (ids.length > HOME_WIDGETS_MAX) return { ok: false, message: `Au plus ${HOME_WIDGETS_MAX} widgets sur la page d’accueil.` };
  const allowed = homeWidgetsFor(profiles);
  const unknown = ids.filter((id) => !allowed.includes(id));
  if (unknown.length > 0) return { ok: false, message: `Widget inconnu ou non ouvert à votre profil : ${unknown.join(', ')}.` };
  if (new Set(ids).size !== ids.length) return { ok: false, message: 'Un widget ne peut figurer qu’une fois sur la page d’accueil.' };
  return { ok: true, value: ids };
};
