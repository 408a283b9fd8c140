import type { Core } from '@strapi/strapi';
import { ensureIndexes } from '@rsa/console-kit';
import { guardGenesisCharacteristics } from './seed/guard-genesis-characteristics';
import { guardReferenceItems } from './seed/guard-reference-items';
import { seedCharacteristicCatalogue } from './seed/seed-characteristic-catalogue';
import { frenchAdminsByDefault } from './admin-panel/french-admins';
import { backfillAuditDocumentIds, enforceReadOnlyPermissions, registerReadOnlyGuard } from './admin-panel/read-only-types';
import { applyContentManagerViews } from './content-manager/apply-views';
import { seedReferenceData } from './seed/seed-reference-data';

// The console is served by the global::console middleware (config/middlewares.ts), behind
// strapi::security like every other response.
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerReadOnlyGuard(strapi);
    // The reference-item's `list` picker shows the lists' French names (src/admin/app.tsx).
    strapi.customFields.register({ name: 'reference-list', type: 'enumeration' });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Node closes an idle keep-alive connection after 5 s: a reverse proxy (idle timeout 60 s)
    // or a busy client reusing it at that moment gets ECONNRESET (seen with 150 parallel logins
    // on a loaded machine). Keep connections longer than the usual proxy timeout.
    const http = strapi.server?.httpServer;
    if (http) {
      http.keepAliveTimeout = 65_000;
      http.headersTimeout = 66_000;
    }
    // Every appointment row of the agenda, the calendar feed and the mail merge reads its labels
    // by (list, code): three lookups per row, each a scan of the table without this index (half
    // the agenda week's statement on SQLite: 1.6 → 0.8 ms for 56 appointments).
    await ensureIndexes(strapi.db.connection, [{ table: 'reference_items', columns: ['list', 'code'] }]);
    // Reference data is seeded once, on an empty database; afterwards it belongs to the
    // functional admins (Strapi admin panel).
    await seedReferenceData(strapi);
    await seedCharacteristicCatalogue(strapi);
    guardGenesisCharacteristics(strapi);
    guardReferenceItems(strapi);
    // The admin panel for a French functional admin: language, field labels and list views,
    // read-only audit trail.
    await frenchAdminsByDefault(strapi);
    await enforceReadOnlyPermissions(strapi);
    await backfillAuditDocumentIds(strapi);
    await applyContentManagerViews(strapi);
  },
};
