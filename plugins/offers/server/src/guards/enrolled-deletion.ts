// O2: "deletion refused once someone is enrolled" — an offer (or one of its sessions, or an event)
// that holds positionnements or registrations may not be deleted, from the admin panel or
// anywhere through the document service: deactivate it instead (it leaves the pickers and stays
// in the history). A document-service middleware, so the check runs before Strapi opens its
// transaction; the admin panel shows the ApplicationError's French message.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { rowsOf, type Knex } from '../services/sql';

type Guarded = { table: string; column: string; message: (n: number) => string };

const GUARDED: Readonly<Record<string, Guarded>> = {
  'api::offer.offer': {
    table: 'positionnements',
    column: 'offer_id',
    message: (n) => `Cette offre ne peut pas être supprimée : ${n} personne${n > 1 ? 's y sont positionnées' : ' y est positionnée'}. Désactivez-la plutôt (décochez « Active ») : elle disparaîtra des listes de choix et restera dans l’historique des dossiers.`,
  },
  'api::offer-session.offer-session': {
    table: 'positionnements',
    column: 'session_id',
    message: (n) => `Cette session ne peut pas être supprimée : ${n} positionnement${n > 1 ? 's la concernent' : ' la concerne'}. Désactivez-la plutôt.`,
  },
  'api::event.event': {
    table: 'event_registrations',
    column: 'event_id',
    message: (n) => `Cet événement ne peut pas être supprimé : ${n} personne${n > 1 ? 's y sont inscrites' : ' y est inscrite'}. Désactivez-le plutôt.`,
  },
};

type DocumentContext = { uid: string; action: string; params?: { documentId?: string } };
type DocumentsWithMiddleware = { use(middleware: (ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>): unknown };

/** Called from the plugin's register(). */
export const guardEnrolledDeletion = (strapi: Core.Strapi): void => {
  (strapi.documents as unknown as DocumentsWithMiddleware).use(async (ctx, next) => {
    const guarded = GUARDED[ctx.uid];
    const documentId = ctx.params?.documentId;
    if (guarded && ctx.action === 'delete' && documentId) {
      const targets = (await strapi.db.query(ctx.uid as never).findMany({ where: { documentId }, select: ['id'] } as never)) as unknown as Array<{ id: number }>;
      const ids = targets.map((t) => t.id);
      if (ids.length > 0) {
        const knex = strapi.db.connection as unknown as Knex;
        const [row] = rowsOf<{ n: unknown }>(await knex.raw(`SELECT COUNT(*) AS n FROM ${guarded.table} WHERE ${guarded.column} IN (${ids.map(() => '?').join(', ')})`, ids));
        const n = Number(row?.n ?? 0);
        if (n > 0) throw new errors.ApplicationError(guarded.message(n));
      }
    }
    return next();
  });
};
