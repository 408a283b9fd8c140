import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, readBody, requireConsoleUser, type HttpContext } from '@rsa/console-kit';

const text = (body: Record<string, unknown>, key: string): string => {
  const value = body[key];
  return typeof value === 'string' ? value : '';
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const auth = () => strapi.plugin('accounts').service('auth');
  return {
    login: consoleAction(async (ctx: HttpContext) => {
      const body = readBody(ctx);
      const login = text(body, 'login').trim();
      const password = text(body, 'password');
      if (!login || !password) throw new ConsoleError(422, "Saisissez l'identifiant et le mot de passe.");
      ctx.body = await auth().login(login, password);
    }),

    logout: consoleAction(async (ctx: HttpContext) => {
      if (ctx.state.consoleToken) await strapi.plugin('accounts').service('sessions').revoke(ctx.state.consoleToken);
      ctx.status = 204;
      ctx.body = null;
    }),

    me: consoleAction(async (ctx: HttpContext) => {
      ctx.body = requireConsoleUser(ctx);
    }),

    changePassword: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const body = readBody(ctx);
      const token = await auth().changePassword(user.id, text(body, 'currentPassword'), text(body, 'newPassword'));
      ctx.body = { token, user };
    }),

    resetPassword: consoleAction(async (ctx: HttpContext) => {
      const body = readBody(ctx);
      const token = text(body, 'token');
      if (!token) throw new ConsoleError(404, 'Ce lien n’est pas valide. Demandez un nouveau lien.');
      await auth().resetPassword(token, text(body, 'password'));
      ctx.status = 204;
      ctx.body = null;
    }),
  };
};
