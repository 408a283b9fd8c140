// File active: beneficiary files, référent assignments, characteristics, veilles, audit trail,
// and the perimeter rule every read goes through.
import type { Core } from '@strapi/strapi';
import { ensureIndexes } from '@rsa/console-kit';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi.db.connection, [
      { table: 'beneficiaries', columns: ['genesis_id'], unique: true },
      { table: 'beneficiaries', columns: ['file_number'], unique: true },
      { table: 'beneficiaries', columns: ['household_number'] },
      { table: 'beneficiaries', columns: ['territory_code'] },
      { table: 'beneficiaries', columns: ['last_name'] },
      { table: 'enrolments', columns: ['beneficiary_id'] },
      { table: 'assignments', columns: ['beneficiary_id', 'role', 'start_date'] },
      { table: 'assignments', columns: ['login'] },
      { table: 'characteristics', columns: ['beneficiary_id', 'until'] },
      { table: 'rights_events', columns: ['beneficiary_id'] },
      { table: 'file_events', columns: ['beneficiary_id'] },
      { table: 'standbys', columns: ['beneficiary_id'] },
      { table: 'audit_entries', columns: ['beneficiary_id'] },
      { table: 'audit_entries', columns: ['at'] },
    ]);
  },
  contentTypes,
  controllers,
  routes,
  services,
};
