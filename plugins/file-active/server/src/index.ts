// File active: beneficiary files, référent assignments, characteristics, veilles, notes, annex
// data, timeline, saved searches, reports, the audit trail, and the perimeter rule every read
// goes through.
import type { Core } from '@strapi/strapi';
import { ensureIndexes, stopOffThreadReaders, type ReportRegistry } from '@rsa/console-kit';
import { scheduleAuditPurge } from './jobs/audit-purge';
import { backfillAssignmentStructures } from './migrations/backfill-assignment-structures';
import { ensureSearchIndex } from './migrations/search-index';
import type { Knex } from './services/sql';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  // Its own reports first in the registry (hence at register, before any plugin's bootstrap): the
  // Rapports screen lists them before the CER and appointments ones.
  register({ strapi }: { strapi: Core.Strapi }) {
    const registry = strapi.plugin('file-active').service('report-registry') as ReportRegistry;
    registry.register(strapi.plugin('file-active').service('reports').provider);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Saved-search names were unique across users; they are now each owner's (issue 8).
    await (strapi.db.connection as unknown as { raw(sql: string): Promise<unknown> }).raw('DROP INDEX IF EXISTS ux_saved_searches_name');
    await ensureIndexes(strapi.db.connection, [
      { table: 'beneficiaries', columns: ['genesis_id'], unique: true },
      { table: 'beneficiaries', columns: ['file_number'], unique: true },
      { table: 'beneficiaries', columns: ['household_number'] },
      { table: 'beneficiaries', columns: ['territory_code'] },
      { table: 'beneficiaries', columns: ['last_name'] },
      { table: 'beneficiaries', columns: ['sort_name'] },
      { table: 'beneficiaries', columns: ['insee_code'] },
      { table: 'enrolments', columns: ['beneficiary_id'] },
      { table: 'assignments', columns: ['beneficiary_id', 'role', 'start_date'] },
      { table: 'assignments', columns: ['login'] },
      { table: 'characteristics', columns: ['beneficiary_id', 'until'] },
      { table: 'characteristics', columns: ['family', 'name', 'until'] },
      { table: 'rights_events', columns: ['beneficiary_id'] },
      { table: 'file_events', columns: ['beneficiary_id'] },
      { table: 'standbys', columns: ['beneficiary_id'] },
      { table: 'audit_entries', columns: ['beneficiary_id'] },
      { table: 'audit_entries', columns: ['at'] },
      { table: 'audit_entries', columns: ['login', 'at'] },
      { table: 'file_consultations', columns: ['login', 'beneficiary_id'], unique: true },
      { table: 'annex_items', columns: ['beneficiary_id', 'kind', 'code'], unique: true },
      { table: 'notes', columns: ['beneficiary_id'] },
      { table: 'notes', columns: ['assigned_to', 'closed_at'] },
      { table: 'notes', columns: ['author_login', 'closed_at'] },
      { table: 'saved_searches', columns: ['owner_login', 'name'], unique: true },
      { table: 'search_history_entries', columns: ['login', 'id'] },
      { table: 'user_preferences', columns: ['login', 'preference'], unique: true },
      // Issue 15 (100,000 files): the page's ids by name in one index walk; a structure's files.
      { table: 'beneficiaries', columns: ['sort_name', 'id'] },
      { table: 'assignments', columns: ['structure_code', 'role'] },
      { table: 'beneficiaries', columns: ['territory_code', 'archived_at', 'sort_name', 'id'] },
    ]);
    await ensureSearchIndex(strapi.db.connection as unknown as Knex, strapi.log);
    await strapi.plugin('file-active').service('beneficiaries').backfillSortNames();
    await backfillAssignmentStructures(strapi.db.connection as unknown as Knex);
    scheduleAuditPurge(strapi);
  },
  // The SQLite read workers (the name search's offThreadRead) end with the application.
  async destroy() {
    await stopOffThreadReaders();
  },
  contentTypes,
  controllers,
  routes,
  services,
};
