// The home page's « CER à renouveler » alert. The CER reports themselves (list and Excel export)
// are served by file-active's report registry, to which this plugin's `cer-reports` service
// hands its provider at bootstrap.
import type { Core } from '@strapi/strapi';
import { consoleAction, requireConsoleUser, type HttpContext } from '@rsa/console-kit';
import { getService } from '../services/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'cer-reports');
  return {
    renewalAlert: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const alert = await service().renewalAlert(user, ctx.query);
      await service().audit(user, 'cer-renewal-alert', 'read', alert.rows.map((r) => r.beneficiary));
      ctx.body = alert;
    }),
  };
};
