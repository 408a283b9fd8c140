// The CER plugin (FEATURES C1–C6): content types, the console API, and at bootstrap its
// indexes, the SMS provider (checked at start-up), the read-only guard on its tables for the
// content manager, its timeline source and its reports.
import type { Core } from '@strapi/strapi';
import { ensureIndexes, type AlertRegistry, type ReportRegistry } from '@rsa/console-kit';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import { registerCerTimeline } from './services/cer-timeline';
import { getService } from './services/get-service';
import { ensureCerNumberUnique } from './migrations/cer-number-unique';
import { registerTemplateGuard } from './uploads/template-guard';
import { uploadGuard } from './uploads/upload-guard';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureCerNumberUnique(strapi);
    await ensureIndexes(strapi.db.connection, [
      { table: 'cers', columns: ['state'] },
      { table: 'cers', columns: ['signed_on'] },
      { table: 'cer_objectives', columns: ['cer_id'] },
      { table: 'cer_objective_links', columns: ['objective_id'] },
      { table: 'cer_history_entries', columns: ['cer_id'] },
      { table: 'cer_signatures', columns: ['cer_id', 'status'] },
    ]);
    getService(strapi, 'sms').configure();
    // The plugin's tables are written by its services only (through the query engine): the
    // content manager shows the SMS outbox but may not change it, nor anything else here.
    strapi.documents.use(async (context, next) => {
      if (String(context.uid).startsWith('plugin::cer.') && WRITE_ACTIONS.has(String(context.action))) {
        throw new Error('Ces données sont en lecture seule : elles sont tenues par l’application.');
      }
      return next();
    });
    registerCerTimeline(strapi);
    // The C6 reports, served under /api/console/reports/<name> by file-active's registry.
    (strapi.plugin('file-active').service('report-registry') as ReportRegistry).register(getService(strapi, 'cer-reports').provider);
    (strapi.plugin('file-active').service('alerts') as AlertRegistry).register(getService(strapi, 'cer-reports').alertProvider);
    await registerTemplateGuard(strapi);
  },

  contentTypes,
  controllers,
  // Listed in cms/config/middlewares.ts, after strapi::security and accounts' console-session.
  middlewares: {
    'upload-guard': uploadGuard,
  },
  routes,
  services,
};
