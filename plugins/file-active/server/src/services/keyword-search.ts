// The global search bar (F13): files and notes the user may see, best first, 20 at most.
// Offers and events join when their modules arrive.
import type { Core } from '@strapi/strapi';
import { todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { foldForSearch } from '@rsa/vocabulary';
import { noteVisibleSql } from './notes';
import { visibleFilesSql } from './scope';
import { foldSql, rowsOf, toIsoDateTime, type Knex } from './sql';

export type SearchHit = { id: string; kind: 'file' | 'note'; beneficiary: number; title: string; detail: string | null; date: string | null };

const LIMIT = 20;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  return {
    async search(user: ConsoleUser, q: string): Promise<SearchHit[]> {
      const tokens = foldForSearch(q).split(' ').filter((t) => t.length > 0).slice(0, 6);
      if (tokens.length === 0) return [];
      const scope = visibleFilesSql(user, todayInParis());
      const files = rowsOf<Record<string, unknown>>(
        await knex().raw(
          `SELECT b.id, b.file_number, b.last_name, b.first_name, b.birth_date FROM beneficiaries b
            WHERE ${scope.sql} AND ${tokens.map(() => 'b.search_text LIKE ?').join(' AND ')}
            ORDER BY b.last_name, b.first_name, b.id LIMIT ?`,
          [...scope.bindings, ...tokens.map((t) => `%${t}%`), LIMIT],
        ),
      );
      const visible = noteVisibleSql(user);
      const notes = rowsOf<Record<string, unknown>>(
        await knex().raw(
          `SELECT n.id, n.beneficiary_id, n.text, n.created_at, b.file_number, b.last_name, b.first_name FROM notes n JOIN beneficiaries b ON b.id = n.beneficiary_id
            WHERE ${visible.sql} AND ${scope.sql} AND ${tokens.map(() => `${foldSql('n.text')} LIKE ?`).join(' AND ')}
            ORDER BY n.created_at DESC, n.id DESC LIMIT ?`,
          [...visible.bindings, ...scope.bindings, ...tokens.map((t) => `%${t}%`), LIMIT],
        ),
      );
      const fileHits: SearchHit[] = files.map((f) => ({
        id: `file-${f.id}`, kind: 'file', beneficiary: Number(f.id), title: `${f.last_name} ${f.first_name}`, detail: `Dossier n° ${f.file_number}`, date: null,
      }));
      const noteHits: SearchHit[] = notes.map((n) => ({
        id: `note-${n.id}`, kind: 'note', beneficiary: Number(n.beneficiary_id), title: `Note – ${n.last_name} ${n.first_name} (n° ${n.file_number})`,
        detail: String(n.text).slice(0, 140), date: toIsoDateTime(n.created_at),
      }));
      // Files first (what people look for most), then notes, within the 20.
      return [...fileHits, ...noteHits].slice(0, LIMIT);
    },
  };
};
