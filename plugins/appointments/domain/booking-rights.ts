// Who may book on whose agenda (ACCESS.md "Appointments", FEATURES A1): the file's référent
// (own files) for themselves or a colleague whose agenda is shared with them — by default everyone
// of the same structure; a secretariat or cadre for the collaborators of their territory. Siège,
// secrétariat de structure, opérateur and gestionnaire FSE book nothing. The synthèse is written
// by the appointment's collaborator, once it has begun.
import type { Profile } from '@rsa/vocabulary';

export type Actor = { login: string; profiles: readonly Profile[]; structure: string | null; territory: string | null };
export type Collaborator = { login: string; structure: string | null; territory: string | null };

const REFERENTS: readonly Profile[] = ['referent', 'referent_fse'];
const TERRITORIAL: readonly Profile[] = ['secretariat', 'cadre'];

const has = (actor: Actor, profiles: readonly Profile[]): boolean => actor.profiles.some((p) => profiles.includes(p));

/** May the actor make or change appointments on this file (ACCESS.md table: own files / yes / yes / no)? */
export const mayManageAppointments = (actor: Actor, file: { isOwnFile: boolean }): boolean =>
  has(actor, TERRITORIAL) || (has(actor, REFERENTS) && file.isOwnFile);

/** Is the collaborator's agenda shared with the actor (to read it and to book on it)? */
export function agendaShared(actor: Actor, collaborator: Collaborator): boolean {
  if (actor.login === collaborator.login) return true;
  if (has(actor, TERRITORIAL) && actor.territory !== null && collaborator.territory === actor.territory) return true;
  return has(actor, [...REFERENTS, ...TERRITORIAL]) && actor.structure !== null && collaborator.structure === actor.structure;
}

export type BookingCheck = { ok: true } | { ok: false; status: 403; message: string };

export function checkBooking(actor: Actor, collaborator: Collaborator, file: { isOwnFile: boolean }): BookingCheck {
  if (!mayManageAppointments(actor, file)) {
    return { ok: false, status: 403, message: 'Vous n’avez pas le droit de fixer un rendez-vous sur ce dossier.' };
  }
  if (!agendaShared(actor, collaborator)) {
    return { ok: false, status: 403, message: `L’agenda de ${collaborator.login} n’est pas partagé avec vous : choisissez un collaborateur de votre structure.` };
  }
  return { ok: true };
}

export type SynthesisCheck = { ok: true } | { ok: false; status: 403 | 422; message: string };

/** The synthèse: by the appointment's collaborator, once the appointment has begun. */
export function checkSynthesis(actorLogin: string, appointment: { collaborator: string; startsAt: Date }, now: Date): SynthesisCheck {
  if (actorLogin !== appointment.collaborator) {
    return { ok: false, status: 403, message: 'La synthèse est rédigée par le collaborateur du rendez-vous.' };
  }
  if (now.getTime() < appointment.startsAt.getTime()) {
    return { ok: false, status: 422, message: 'La synthèse ne peut être saisie qu’une fois le rendez-vous commencé.' };
  }
  return { ok: true };
}
