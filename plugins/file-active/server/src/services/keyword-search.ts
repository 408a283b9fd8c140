// The global search bar (F13): what the user may see, grouped by kind — files and notes today.
// Offers and events join when their modules arrive, through `registerProvider` (their rows carry
// their own kind; the console opens each kind its own way). Each kind gives its best 10.
import type { Core } from '@strapi/strapi';
import { todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { foldForSearch } from '@rsa/vocabulary';
import { noteVisibleSql } from './notes';
import { visibleFilesSql } from './scope';
import { foldSql, rowsOf, searchTextSql, toIsoDateTime, type Knex } from './sql';

/** One result; `beneficiary` is the file it opens or belongs to (audited), null for offers or events. */
export type SearchHit = { id: string; kind: string; beneficiary: number | null; title: string; detail: string | null; date: string | null };

/** A kind of result: `tokens` are the folded words typed (all must match), at most `limit` rows. */
export type SearchProvider = { kind: string; search(user: ConsoleUser, tokens: string[], limit: number): Promise<SearchHit[]> };

export const PER_KIND = 10;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;

  const files: SearchProvider = {
    kind: 'file',
    async search(user, tokens, limit) {
      const scope = visibleFilesSql(user, todayInParis());
      const words = searchTextSql(knex(), tokens);
      const rows = rowsOf<Record<string, unknown>>(
        await knex().raw(
          `SELECT b.id, b.file_number, b.last_name, b.first_name, b.birth_date FROM beneficiaries b
            WHERE ${scope.sql} AND ${words.sql}
            ORDER BY b.sort_name, b.id LIMIT ?`,
          [...scope.bindings, ...words.bindings, limit],
        ),
      );
      return rows.map((f) => ({ id: `file-${f.id}`, kind: 'file', beneficiary: Number(f.id), title: `${f.last_name} ${f.first_name}`, detail: `Dossier n° ${f.file_number}`, date: null }));
    },
  };

  const notes: SearchProvider = {
    kind: 'note',
    async search(user, tokens, limit) {
      const scope = visibleFilesSql(user, todayInParis());
      const visible = noteVisibleSql(user);
      const rows = rowsOf<Record<string, unknown>>(
        await knex().raw(
          `SELECT n.id, n.beneficiary_id, n.text, n.created_at, b.file_number, b.last_name, b.first_name FROM notes n JOIN beneficiaries b ON b.id = n.beneficiary_id
            WHERE ${visible.sql} AND ${scope.sql} AND ${tokens.map(() => `${foldSql('n.text')} LIKE ?`).join(' AND ')}
            ORDER BY n.created_at DESC, n.id DESC LIMIT ?`,
          [...visible.bindings, ...scope.bindings, ...tokens.map((t) => `%${t}%`), limit],
        ),
      );
      return rows.map((n) => ({
        id: `note-${n.id}`, kind: 'note', beneficiary: Number(n.beneficiary_id), title: `Note – ${n.last_name} ${n.first_name} (n° ${n.file_number})`,
        detail: String(n.text).slice(0, 140), date: toIsoDateTime(n.created_at),
      }));
    },
  };

  const providers: SearchProvider[] = [files, notes];

  return {
    /** Adds a kind of result (offers, events…), listed after those already there. */
    registerProvider(provider: SearchProvider): void {
      const at = providers.findIndex((p) => p.kind === provider.kind);
      if (at >= 0) providers[at] = provider;
      else providers.push(provider);
    },

    async search(user: ConsoleUser, q: string): Promise<SearchHit[]> {
      const tokens = foldForSearch(q).split(' ').filter((t) => t.length > 0).slice(0, 6);
      if (tokens.length === 0) return [];
      // Files first (what people look for most), then notes, then the kinds added later.
      const groups = await Promise.all(providers.map((p) => p.search(user, tokens, PER_KIND)));
      return groups.flat();
    },
  };
};
