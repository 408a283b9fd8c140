// The shipped CER templates, downloadable from the CMS's « Modèle de document » help as a
// starting point. Public on purpose: they are the blank models of the product's repository, no
// personal data, and the admin panel's links cannot carry its bearer token.
import type { Core } from '@strapi/strapi';
import type { HttpContext } from '@rsa/console-kit';
import { cerTemplateFileName, isCerTemplateName } from '../../../domain';
import { getService } from '../services/get-service';
import { sendFile } from './send-file';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async defaultTemplate(ctx: HttpContext): Promise<void> {
    const name = ctx.params.name;
    if (!isCerTemplateName(name)) {
      ctx.status = 404;
      ctx.body = { message: 'Modèle inconnu.' };
      return;
    }
    sendFile(ctx, { bytes: await getService(strapi, 'cer-templates').shipped(name), mime: DOCX, filename: cerTemplateFileName(name) });
  },
});
