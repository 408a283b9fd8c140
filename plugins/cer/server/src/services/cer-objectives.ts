// Objectives of a CER (FEATURES C2): themes from the configurable list, edited by whoever may
// edit the CER in its state; links to étapes / positionnements of the file, which may be added
// at any time (also after validation) by those who act on the file.
import type { Core } from '@strapi/strapi';
import { ConsoleError, requireReferenceChoice, type ConsoleUser } from '@rsa/console-kit';
import { checkCerEdit, workflowRolesOf } from '../../../domain';
import { loadObjectives, type CerRecord } from './cer-store';
import { getService } from './get-service';
import { insertRow, rowsOf, toNumber, updateRows, type Knex } from './sql';

const LINK_KINDS = ['step', 'positioning'] as const;
type LinkKind = (typeof LINK_KINDS)[number];

/** Does this étape / positionnement exist on this file? Given by the module that owns them. */
export type LinkTargetExists = (targetId: number, beneficiaryId: number) => Promise<boolean>;

const LINK_MESSAGES: Readonly<Record<LinkKind, { notYet: string; missing: string }>> = {
  step: {
    notYet: 'Les étapes ne sont pas encore gérées dans cette version : il n’y a aucune étape à lier pour l’instant.',
    missing: 'Cette étape n’existe pas dans le dossier de ce CER.',
  },
  positioning: {
    notYet: 'Les positionnements ne sont pas encore gérés dans cette version : il n’y a aucun positionnement à lier pour l’instant.',
    missing: 'Ce positionnement n’existe pas dans le dossier de ce CER.',
  },
};
const MAX_DESCRIPTION = 5000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const access = () => getService(strapi, 'cer-access');
  // Étapes and positionnements belong to the offers module, which is not there yet: until it
  // registers how to find them, a link has nothing real to point at and is refused. A link is
  // never stored on a bare number (issue 8: `targetId: 999999` was accepted).
  const linkTargets = new Map<LinkKind, LinkTargetExists>();

  const editableCer = async (user: ConsoleUser, cerId: number): Promise<CerRecord> => {
    const cer = await access().visibleCer(user, cerId);
    const actor = await access().actorFor(user, cer.beneficiaryId);
    const check = checkCerEdit(actor, cer.state, ['objectives']);
    if (!check.ok) throw new ConsoleError(403, check.error.message);
    return cer;
  };

  const objectiveOf = async (cerId: number, objectiveId: number) => {
    const found = (await loadObjectives(knex(), cerId)).find((o) => o.id === objectiveId);
    if (!found) throw new ConsoleError(404, 'Objectif introuvable.');
    return found;
  };

  const parseInput = async (body: Record<string, unknown>, partial: boolean): Promise<{ theme?: string; description?: string }> => {
    const out: { theme?: string; description?: string } = {};
    if (!partial || body.theme !== undefined) {
      if (typeof body.theme !== 'string' || body.theme.trim() === '') throw new ConsoleError(422, 'Choisissez le thème de l’objectif.', { field: 'theme' });
      out.theme = (await requireReferenceChoice(knex(), 'cer_objective_theme', body.theme, { field: 'theme' })).label;
    }
    if (!partial || body.description !== undefined) {
      if (typeof body.description !== 'string' || body.description.trim() === '') {
        throw new ConsoleError(422, 'Décrivez l’objectif : ce que la personne et le référent vont réaliser.', { field: 'description' });
      }
      if (body.description.length > MAX_DESCRIPTION) throw new ConsoleError(422, `La description dépasse ${MAX_DESCRIPTION} caractères.`, { field: 'description' });
      out.description = body.description.trim();
    }
    return out;
  };

  const touch = (t: Knex, cer: CerRecord, user: ConsoleUser) =>
    updateRows(t, 'cers', { updated_at: new Date(), updated_by_login: user.login }, { id: cer.id });

  return {
    /** The kinds a link may aim at now (registered by their modules), for the console's picker. */
    linkKinds(): LinkKind[] {
      return LINK_KINDS.filter((kind) => linkTargets.has(kind));
    },

    /** Called by the module that owns étapes (`step`) or positionnements (`positioning`). */
    registerLinkTarget(kind: LinkKind, exists: LinkTargetExists): void {
      linkTargets.set(kind, exists);
    },

    async add(user: ConsoleUser, cerId: number, body: Record<string, unknown>) {
      const cer = await editableCer(user, cerId);
      const input = await parseInput(body, false);
      let id = 0;
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const [max] = rowsOf(await t.raw('SELECT MAX(position) AS p FROM cer_objectives WHERE cer_id = ?', [cerId]));
        const now = new Date();
        id = await insertRow(t, 'cer_objectives', { cer_id: cerId, theme: input.theme, description: input.description, position: toNumber(max?.p) + 1, created_at: now, updated_at: now });
        await touch(t, cer, user);
      });
      await access().audit(user, 'change:cer_objective', cer.beneficiaryId);
      return objectiveOf(cerId, id);
    },

    async update(user: ConsoleUser, cerId: number, objectiveId: number, body: Record<string, unknown>) {
      const cer = await editableCer(user, cerId);
      await objectiveOf(cerId, objectiveId);
      const input = await parseInput(body, true);
      if (Object.keys(input).length > 0) {
        await strapi.db.transaction(async ({ trx }) => {
          const t = trx as unknown as Knex;
          await updateRows(t, 'cer_objectives', { ...input, updated_at: new Date() }, { id: objectiveId, cer_id: cerId });
          await touch(t, cer, user);
        });
        await access().audit(user, 'change:cer_objective', cer.beneficiaryId);
      }
      return objectiveOf(cerId, objectiveId);
    },

    async remove(user: ConsoleUser, cerId: number, objectiveId: number) {
      const cer = await editableCer(user, cerId);
      const objective = await objectiveOf(cerId, objectiveId);
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        await t.raw('DELETE FROM cer_objective_links WHERE objective_id = ?', [objectiveId]);
        await t.raw('DELETE FROM cer_objectives WHERE id = ? AND cer_id = ?', [objectiveId, cerId]);
        await touch(t, cer, user);
      });
      await access().audit(user, 'change:cer_objective', cer.beneficiaryId);
      return objective;
    },

    /** "Lier à un objectif": the file's référent or the chain, in any state of the CER. */
    async addLink(user: ConsoleUser, cerId: number, objectiveId: number, body: Record<string, unknown>) {
      const cer = await access().visibleCer(user, cerId);
      const actor = await access().actorFor(user, cer.beneficiaryId);
      if (workflowRolesOf(actor).size === 0) throw new ConsoleError(403, 'Seuls le référent du dossier, les secrétariats et les cadres peuvent lier une étape à un objectif.');
      await objectiveOf(cerId, objectiveId);
      const kind = body.kind;
      if (typeof kind !== 'string' || !(LINK_KINDS as readonly string[]).includes(kind)) {
        throw new ConsoleError(422, 'Le lien doit viser une étape (« step ») ou un positionnement (« positioning »).', { field: 'kind' });
      }
      const targetId = Number(body.targetId);
      if (!Number.isInteger(targetId) || targetId <= 0) throw new ConsoleError(422, 'Indiquez l’étape ou le positionnement à lier (targetId).', { field: 'targetId' });
      const exists = linkTargets.get(kind as LinkKind);
      if (!exists) throw new ConsoleError(422, LINK_MESSAGES[kind as LinkKind].notYet, { field: 'kind' });
      if (!(await exists(targetId, cer.beneficiaryId))) throw new ConsoleError(422, LINK_MESSAGES[kind as LinkKind].missing, { field: 'targetId' });
      const [existing] = rowsOf(await knex().raw('SELECT id FROM cer_objective_links WHERE objective_id = ? AND kind = ? AND target_id = ?', [objectiveId, kind, targetId]));
      if (existing) return { id: toNumber(existing.id), objective: objectiveId, kind, targetId };
      const now = new Date();
      const id = await insertRow(knex(), 'cer_objective_links', { objective_id: objectiveId, kind, target_id: targetId, created_by_login: user.login, created_at: now, updated_at: now });
      await access().audit(user, 'change:cer_objective_link', cer.beneficiaryId);
      return { id, objective: objectiveId, kind, targetId };
    },

    async removeLink(user: ConsoleUser, cerId: number, objectiveId: number, linkId: number) {
      const cer = await access().visibleCer(user, cerId);
      const actor = await access().actorFor(user, cer.beneficiaryId);
      if (workflowRolesOf(actor).size === 0) throw new ConsoleError(403, 'Seuls le référent du dossier, les secrétariats et les cadres peuvent retirer un lien.');
      const objective = await objectiveOf(cerId, objectiveId);
      const link = objective.links.find((l) => l.id === linkId);
      if (!link) throw new ConsoleError(404, 'Lien introuvable.');
      await knex().raw('DELETE FROM cer_objective_links WHERE id = ?', [linkId]);
      await access().audit(user, 'change:cer_objective_link', cer.beneficiaryId);
      return { ...link, objective: objectiveId };
    },
  };
};
