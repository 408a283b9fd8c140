import { canReadNote, mayCloseNote, type NoteAccess } from './note-visibility';

const note = (visibility: NoteAccess['visibility'], assignedTo: string | null = null): NoteAccess => ({ authorLogin: 'auteur', visibility, assignedTo });

test.each<[string, NoteAccess, boolean, boolean]>([
  ['auteur', note('public'), true, true],
  ['autre', note('public'), true, false],
  ['auteur', note('private'), true, true],
  ['autre', note('private'), false, false],
  ['auteur', note('assigned', 'dest'), true, true],
  ['dest', note('assigned', 'dest'), true, true],
  ['autre', note('assigned', 'dest'), false, false],
  // A recipient left on a note made private again gains nothing.
  ['dest', note('private', 'dest'), false, false],
])('%s on %j → read %j, close %j', (login, n, read, close) => {
  expect(canReadNote(login, n)).toBe(read);
  expect(mayCloseNote(login, n)).toBe(close);
});
