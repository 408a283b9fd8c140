// Admin-panel route (admin JWT): an admin who may update collaborators in the content manager
// sends a first-login / reset link.
import type { Core } from '@strapi/strapi';
import { ConsoleError } from '@rsa/console-kit';
import { USER_UID } from '../services/users';

type AdminContext = {
  params: { documentId?: string };
  state: { userAbility?: { can(action: string, subject?: string): boolean } };
  status: number;
  body: unknown;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async send(ctx: AdminContext) {
    try {
      if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.update', USER_UID)) {
        throw new ConsoleError(403, 'Vous n’avez pas le droit de modifier les collaborateurs.');
      }
      ctx.body = await strapi.plugin('accounts').service('access-links').send(String(ctx.params.documentId ?? ''));
    } catch (error) {
      if (!(error instanceof ConsoleError)) throw error;
      ctx.status = error.status;
      ctx.body = { error: { status: error.status, name: 'AccessLinkError', message: error.message } };
    }
  },
});
