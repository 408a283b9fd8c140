// Who reads and who closes a note (F12, ACCESS.md), for a viewer who already sees the file:
// public → everyone who sees the file; private → its author; attributed → its author and the
// named collaborator. Closing is for the author and the recipient. The server's SQL
// (noteVisibleSql) says the same as canReadNote.
export type NoteVisibility = 'public' | 'private' | 'assigned';

export type NoteAccess = { authorLogin: string; visibility: NoteVisibility; assignedTo: string | null };

export function canReadNote(login: string, note: NoteAccess): boolean {
  if (note.visibility === 'public' || note.authorLogin === login) return true;
  return note.visibility === 'assigned' && note.assignedTo === login;
}

export function mayCloseNote(login: string, note: NoteAccess): boolean {
  return note.authorLogin === login || (note.visibility === 'assigned' && note.assignedTo === login);
}

export const NOTE_CLOSE_REFUSED = 'Seuls l’auteur de la note et son destinataire peuvent la clôturer.';
