// The one gate of the CER plugin (ACCESS.md): a CER is visible when its file is, through the
// file-active perimeter; otherwise it does not exist (404). Also builds the domain's Actor.
import type { Core } from '@strapi/strapi';
import { readsNotesAndCer } from '@rsa/vocabulary';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { workflowRolesOf, type Actor } from '../../../domain';
import { loadCer, type CerRecord } from './cer-store';
import type { Knex } from './sql';

export type AuditAction = `${'read' | 'change' | 'export'}:${string}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const fileActive = () => strapi.plugin('file-active');

  const isVisibleFile = async (user: ConsoleUser, beneficiaryId: number): Promise<boolean> =>
    Boolean(await fileActive().service('beneficiaries').isVisible(user, beneficiaryId));

  return {
    isVisibleFile,

    async requireVisibleFile(user: ConsoleUser, beneficiaryId: number): Promise<void> {
      if (!Number.isInteger(beneficiaryId) || beneficiaryId <= 0 || !(await isVisibleFile(user, beneficiaryId))) {
        throw new ConsoleError(404, 'Dossier introuvable.');
      }
    },

    /** The CER if the caller sees its file; 404 otherwise, exactly as for a CER that does not exist. */
    async visibleCer(user: ConsoleUser, id: number): Promise<CerRecord> {
      const cer = await loadCer(knex(), id);
      if (!cer || !readsNotesAndCer(user.profiles) || !(await isVisibleFile(user, cer.beneficiaryId))) throw new ConsoleError(404, 'CER introuvable.');
      return cer;
    },

    // The CER's "file's référent" is the référent de parcours in force, not a référent d'étape
    // (file-active domain/file-referent.ts).
    async actorFor(user: ConsoleUser, beneficiaryId: number): Promise<Actor> {
      const isFileReferent = Boolean(await fileActive().service('assignments').isFileReferent(user, beneficiaryId));
      return { profiles: user.profiles, isFileReferent };
    },

    isFileReferent: (actor: Actor): boolean => workflowRolesOf(actor).has('file_referent'),

    /** May the caller generate documents on this file (ACCESS.md "documents: generate")? */
    async mayGenerateDocuments(user: ConsoleUser, beneficiaryId: number): Promise<boolean> {
      const actions = (await fileActive().service('file-access').actionsFor(user, beneficiaryId)) as string[];
      return actions.includes('documents.write');
    },

    /** Append-only audit trail of the file-active plugin: who, when, what, which file. */
    async audit(user: ConsoleUser, action: AuditAction, beneficiaryId: number | null): Promise<void> {
      await fileActive().service('audit').record(user, action, beneficiaryId);
    },

    /** One entry per file a list or report showed, in one INSERT. */
    async auditMany(user: ConsoleUser, action: AuditAction, beneficiaryIds: readonly number[]): Promise<void> {
      await fileActive().service('audit').recordMany(user, action, beneficiaryIds);
    },
  };
};
