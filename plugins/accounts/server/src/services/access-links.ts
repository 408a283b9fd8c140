// « Envoyer un lien de première connexion / de réinitialisation » from the admin panel: a
// single-use link from the reset-link service (auth.createResetLink), sent by e-mail through
// Strapi's e-mail plugin when SMTP is configured and the collaborator has an address, otherwise
// returned once for the admin to pass on. The token itself is never logged nor stored.
import type { Core } from '@strapi/strapi';
import { ConsoleError } from '@rsa/console-kit';
import { resetLinkUrl } from '../../../domain/reset-link-url';
import { USER_UID, type UserRow } from './users';

export type AccessLinkResult =
  | { delivery: 'email'; to: string; expiresAt: string }
  | { delivery: 'shown'; link: string; expiresAt: string; reason: string };

const parisDateTime = (date: Date): string =>
  date.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

export const smtpConfigured = (): boolean => Boolean(process.env.SMTP_HOST);

const publicUrl = (strapi: Core.Strapi): string =>
  process.env.PUBLIC_URL || (strapi.config.get('server.url') as string | undefined) || `http://localhost:${process.env.PORT ?? 1337}`;

const mail = (user: UserRow, link: string, expiresAt: Date, firstLogin: boolean) => {
  const what = firstLogin ? 'votre première connexion' : 'la réinitialisation de votre mot de passe';
  const text = [
    `Bonjour ${user.name},`,
    '',
    `Voici le lien pour ${what} à la console d’accompagnement RSA (identifiant : ${user.login}) :`,
    link,
    '',
    `Ce lien ne sert qu’une fois et expire le ${parisDateTime(expiresAt)}. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message et prévenez votre administrateur fonctionnel.`,
  ].join('\n');
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const html = [
    `<p>Bonjour ${escape(user.name)},</p>`,
    `<p>Voici le lien pour ${what} à la console d’accompagnement RSA (identifiant : <strong>${escape(user.login)}</strong>) :</p>`,
    `<p><a href="${escape(link)}">${escape(link)}</a></p>`,
    `<p>Ce lien ne sert qu’une fois et expire le ${parisDateTime(expiresAt)}. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message et prévenez votre administrateur fonctionnel.</p>`,
  ].join('\n');
  return {
    html,
    subject: firstLogin ? 'Console RSA : votre lien de première connexion' : 'Console RSA : votre lien de réinitialisation du mot de passe',
    text,
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async send(documentId: string): Promise<AccessLinkResult> {
    const user = (await strapi.db.query(USER_UID).findOne({ where: { documentId } })) as (UserRow & { passwordChangedAt: unknown }) | null;
    if (!user) throw new ConsoleError(404, 'Collaborateur introuvable.');
    if (!user.active) throw new ConsoleError(409, 'Ce compte est désactivé : réactivez-le (« Actif ») avant d’envoyer un lien.');
    const { token, expiresAt } = await strapi.plugin('accounts').service('auth').createResetLink(user.login);
    const link = resetLinkUrl(publicUrl(strapi), token);
    const firstLogin = !user.passwordHash;
    if (smtpConfigured() && user.email) {
      try {
        await strapi.plugin('email').service('email').send({ to: user.email, ...mail(user, link, expiresAt, firstLogin) });
      } catch (error) {
        strapi.log.error(`Lien d’accès pour ${user.login} : envoi du courriel impossible (${(error as Error).message}).`);
        throw new ConsoleError(503, 'Le courriel n’a pas pu être envoyé (serveur de messagerie injoignable). Réessayez plus tard.');
      }
      strapi.log.info(`Lien d’accès envoyé par courriel à ${user.login}.`);
      return { delivery: 'email', to: user.email, expiresAt: expiresAt.toISOString() };
    }
    const reason = smtpConfigured()
      ? 'Ce collaborateur n’a pas d’adresse de courriel : transmettez-lui ce lien par un canal sûr.'
      : 'L’envoi de courriels n’est pas configuré (SMTP_HOST) : transmettez ce lien au collaborateur par un canal sûr.';
    return { delivery: 'shown', link, expiresAt: expiresAt.toISOString(), reason };
  },
});
